#!/usr/bin/env python3
"""Load for the public CJG site (issue 17, item 12): N concurrent visitors, each requesting public pages in a loop
(home, an information page, the social map with and without a search, a service page, the online form) with a
keep-alive connection, for a fixed time after a warm-up. Prints latency percentiles per page and overall, in ms."""
import http.client, json, re, statistics, sys, threading, time

host, port, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
visitors, seconds, warmup = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
base = f"/cjg/{code}"

def fetch(conn, path):
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    return r.status, body

setup = http.client.HTTPConnection(host, port)
_, html = fetch(setup, base + "/sociale-kaart")
service = re.search(rb'href="(/cjg/[0-9]{4}/sociale-kaart/[0-9a-f-]{36})"', html).group(1).decode()
_, html = fetch(setup, base)
info = re.search(rb'href="(/cjg/[0-9]{4}/informatie/[a-z0-9-]+)"', html).group(1).decode()
paths = [base, info, base + "/sociale-kaart", base + "/sociale-kaart?zoek=opvoeden&leeftijd=6", service,
         base + "/hulp-vragen", base + "/jongeren"]

samples, errors, lock = [], [0], threading.Lock()
start = time.monotonic()
measure_from, stop_at = start + warmup, start + warmup + seconds

def visitor(n):
    conn = http.client.HTTPConnection(host, port, timeout=30)
    i = n
    while True:
        now = time.monotonic()
        if now >= stop_at:
            return
        path = paths[i % len(paths)]
        i += 1
        t0 = time.monotonic()
        try:
            status, _ = fetch(conn, path)
        except Exception:
            conn = http.client.HTTPConnection(host, port, timeout=30)
            status = 0
        ms = (time.monotonic() - t0) * 1000
        if t0 >= measure_from:
            with lock:
                samples.append((path.split("?")[0].replace(service, base + "/sociale-kaart/{id}"), ms))
                if status != 200:
                    errors[0] += 1

threads = [threading.Thread(target=visitor, args=(n,)) for n in range(visitors)]
for t in threads: t.start()
for t in threads: t.join()

def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1)]

all_ms = [ms for _, ms in samples]
print(f"| page | requests | p50 ms | p95 ms | p99 ms |")
print(f"|---|---:|---:|---:|---:|")
for page in sorted(set(p for p, _ in samples)):
    ms = [m for p, m in samples if p == page]
    print(f"| `{page}` | {len(ms)} | {pct(ms,50):.1f} | {pct(ms,95):.1f} | {pct(ms,99):.1f} |")
print(f"| **all** | {len(all_ms)} | {pct(all_ms,50):.1f} | {pct(all_ms,95):.1f} | {pct(all_ms,99):.1f} |")
print(f"\n{visitors} concurrent visitors, {seconds} s measured after {warmup} s warm-up: "
      f"{len(all_ms)/seconds:.0f} requests/s, {errors[0]} non-200 answers.")
