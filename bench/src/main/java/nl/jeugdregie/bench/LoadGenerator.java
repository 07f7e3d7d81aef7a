package nl.jeugdregie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * The P1 load generator (issue 19): plain JDK, virtual threads and {@link KeepAliveHttp} (a lean HTTP/1.1 client, so the
 * generator leaves the shared cores to the application as pgbench does to the database), against a running application
 * with API tokens ({@code Authorization: Bearer}, ADR 0020). Run by {@code bench/run-load-benchmark.sh}, never by
 * {@code ./mvnw verify}.
 *
 * <ul>
 * <li>{@code open <base> <token> <rate> <seconds>}: registrations at a steady rate with arrival times scheduled in
 * advance (request i is due at start + i / rate); latency counts from the due time, not the send time, so a slow
 * answer cannot hide the queue behind it (no coordinated omission).</li>
 * <li>{@code closed <base> <token> <clients> <seconds>}: each client registers as fast as it can.</li>
 * <li>{@code soak <base> <tokens-file> <sessions> <seconds> <think-ms>}: each session, with one of the tokens,
 * repeats worklist, opening a file of its team, and a change (a new registration, or the first conversation
 * of one it registered), with a random think time of 0.5 to 1.5 times {@code think-ms} between calls.</li>
 * </ul>
 * Prints one line per operation kind: count, errors, throughput, p50/p95/p99/max in milliseconds; and
 * {@code RESULT key=value ...} lines for the script.
 */
public final class LoadGenerator {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final KeepAliveHttp http;

	private LoadGenerator(String base) {
		this.http = new KeepAliveHttp(base);
	}

	public static void main(String[] args) throws Exception {
		var mode = args[0];
		var generator = new LoadGenerator(args[1]);
		switch (mode) {
			case "open" -> generator.open(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "closed" -> generator.closed(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "soak" -> generator.soak(Files.readAllLines(Path.of(args[2])).stream().filter(l -> !l.isBlank()).toList(),
					Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
			default -> throw new IllegalArgumentException("Unknown mode " + mode);
		}
	}

	/** A registration body; names differ per call so no two requests are identical. */
	private static String registration() {
		var n = SEQUENCE.incrementAndGet();
		return """
				{"givenName":"Bench","familyName":"Last %d","dateOfBirth":"2015-04-01",
				 "carerName":"Ouder %d","carerRelation":"moeder","channel":"PHONE","referrer":"SCHOOL",
				 "question":"Zorgen over gedrag op school (benchmark)."}""".formatted(n, n);
	}

	private KeepAliveHttp.Response send(String token, String method, String path, String body) throws IOException {
		return http.send(token, method, path, body);
	}

	// ---------------------------------------------------------------------------------------------------------- open

	private void open(String token, int rate, int seconds) throws InterruptedException {
		var total = rate * seconds;
		var latencies = new long[total];
		var errors = new AtomicInteger();
		var done = new CountDownLatch(total);
		var interval = 1_000_000_000L / rate;
		var start = System.nanoTime() + 200_000_000L;
		var maxLag = 0L;
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var i = 0; i < total; i++) {
				var due = start + i * interval;
				var wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				maxLag = Math.max(maxLag, System.nanoTime() - due);
				var index = i;
				executor.execute(() -> {
					try {
						var response = send(token, "POST", "/api/v1/help-requests", registration());
						if (response.statusCode() != 201) {
							errors.incrementAndGet();
						}
					} catch (Exception e) {
						errors.incrementAndGet();
					} finally {
						latencies[index] = System.nanoTime() - due;
						done.countDown();
					}
				});
			}
			done.await();
		}
		var elapsed = (System.nanoTime() - start) / 1e9;
		report("open", "register", latencies, errors.get(), elapsed);
		System.out.printf(Locale.ROOT, "open: %d requests scheduled at %d/s over %d s; the scheduler sent at most %.1f ms late%n",
				total, rate, seconds, maxLag / 1e6);
	}

	// -------------------------------------------------------------------------------------------------------- closed

	private void closed(String token, int clients, int seconds) throws InterruptedException {
		var latencies = new ConcurrentLinkedQueue<Long>();
		var errors = new AtomicInteger();
		var end = System.nanoTime() + seconds * 1_000_000_000L;
		var start = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var c = 0; c < clients; c++) {
				executor.execute(() -> {
					while (System.nanoTime() < end) {
						var sent = System.nanoTime();
						try {
							if (send(token, "POST", "/api/v1/help-requests", registration()).statusCode() != 201) {
								errors.incrementAndGet();
							}
						} catch (Exception e) {
							errors.incrementAndGet();
						}
						latencies.add(System.nanoTime() - sent);
					}
				});
			}
		}
		var elapsed = (System.nanoTime() - start) / 1e9;
		report("closed", "register", latencies.stream().mapToLong(Long::longValue).toArray(), errors.get(), elapsed);
	}

	// ---------------------------------------------------------------------------------------------------------- soak

	private void soak(List<String> tokens, int sessions, int seconds, int thinkMs) throws InterruptedException {
		var kinds = List.of("worklist", "file", "register", "first-conversation");
		var latencies = new ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>>();
		var errors = new ConcurrentHashMap<String, AtomicInteger>();
		kinds.forEach(k -> {
			latencies.put(k, new ConcurrentLinkedQueue<>());
			errors.put(k, new AtomicInteger());
		});
		var firstError = new ConcurrentHashMap<String, String>();
		var end = System.nanoTime() + seconds * 1_000_000_000L;
		var start = System.nanoTime();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var s = 0; s < sessions; s++) {
				var token = tokens.get(s % tokens.size());
				executor.execute(() -> {
					var random = ThreadLocalRandom.current();
					var mine = new ArrayList<String>(); // requests this session registered, still waiting
					var opened = new ArrayList<String>(); // all it registered, for reading
					// Sessions do not all start at the same instant.
					sleep(random.nextLong(Math.max(1, thinkMs)));
					var step = 0;
					while (System.nanoTime() < end) {
						var kind = switch (step++ % 4) {
							case 0 -> "worklist";
							case 1 -> opened.isEmpty() ? "register" : "file";
							case 2 -> mine.isEmpty() || random.nextBoolean() ? "register" : "first-conversation";
							default -> opened.isEmpty() ? "worklist" : "file";
						};
						var sent = System.nanoTime();
						try {
							var response = switch (kind) {
								case "worklist" -> send(token, "GET", "/api/v1/worklist", "");
								case "file" -> send(token, "GET", "/api/v1/help-requests/"
										+ opened.get(random.nextInt(opened.size())), "");
								case "register" -> send(token, "POST", "/api/v1/help-requests", registration());
								default -> send(token, "POST", "/api/v1/help-requests/" + mine.removeFirst()
										+ "/first-conversation", "{\"date\":\"" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + "\"}");
							};
							var ok = response.statusCode() / 100 == 2;
							if (ok && kind.equals("register")) {
								var matcher = ID.matcher(response.body());
								if (matcher.find()) {
									mine.add(matcher.group(1));
									opened.add(matcher.group(1));
								}
							}
							if (!ok) {
								errors.get(kind).incrementAndGet();
								firstError.putIfAbsent(kind, response.statusCode() + " " + abbreviate(response.body()));
							}
						} catch (Exception e) {
							errors.get(kind).incrementAndGet();
							firstError.putIfAbsent(kind, e.toString());
						}
						latencies.get(kind).add(System.nanoTime() - sent);
						sleep((long) (thinkMs * (0.5 + random.nextDouble())));
					}
				});
			}
		}
		var elapsed = (System.nanoTime() - start) / 1e9;
		var all = new ArrayList<Long>();
		var allErrors = 0;
		for (var kind : kinds) {
			var values = latencies.get(kind).stream().mapToLong(Long::longValue).toArray();
			report("soak", kind, values, errors.get(kind).get(), elapsed);
			latencies.get(kind).forEach(all::add);
			allErrors += errors.get(kind).get();
		}
		report("soak", "all", all.stream().mapToLong(Long::longValue).toArray(), allErrors, elapsed);
		firstError.forEach((kind, error) -> System.out.println("first error of " + kind + ": " + error));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String abbreviate(String body) {
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

	// -------------------------------------------------------------------------------------------------------- report

	private static void report(String mode, String kind, long[] nanos, int errors, double seconds) {
		var sorted = nanos.clone();
		Arrays.sort(sorted);
		var n = sorted.length;
		Map<String, Double> p = n == 0 ? Map.of("p50", 0.0, "p95", 0.0, "p99", 0.0, "max", 0.0)
				: Map.of("p50", at(sorted, 0.50), "p95", at(sorted, 0.95), "p99", at(sorted, 0.99), "max", sorted[n - 1] / 1e6);
		System.out.printf(Locale.ROOT,
				"RESULT mode=%s kind=%s count=%d errors=%d seconds=%.1f throughput=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
				mode, kind, n, errors, seconds, n / seconds, p.get("p50"), p.get("p95"), p.get("p99"), p.get("max"));
	}

	private static double at(long[] sorted, double quantile) {
		var index = (int) Math.ceil(sorted.length * quantile) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}
}
