package nl.jeugdregie.findability.internal.publishing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Issue 17 item 12 (ADR 0041): the rendered public pages per municipality, so a visitor's page costs no database work
 * and no rendering while nothing changed. Every change of what the public site shows (pages, social map, contact
 * settings) evicts the municipality's pages after its commit; a page also expires after {@link #TIME_TO_LIVE}, which
 * bounds what is not evicted explicitly (a page published from a date, a reported waiting time, a changed office-hours
 * norm). The online form is never cached: it carries a one-time token and the CSRF token. Only complete 200 HTML
 * answers to GET without a session are kept; the security headers are written by the filters before this one.
 */
public class PublicPageCache extends OncePerRequestFilter {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
	private static final int MAX_PAGES = 2_000;
	private static final Pattern CACHED = Pattern.compile(
			"^/cjg/([0-9]{4})(|/contact|/jongeren|/informatie/[a-z0-9-]{1,80}|/sociale-kaart|/sociale-kaart/[0-9a-f-]{36})$");

	private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
			return size() > MAX_PAGES;
		}
	};
	/** Bumped on every eviction; a page rendered while it changed is not kept. */
	private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
	private final java.util.function.LongSupplier ticker;

	public PublicPageCache() {
		this(System::nanoTime);
	}

	PublicPageCache(java.util.function.LongSupplier ticker) {
		this.ticker = ticker;
	}

	private record Page(byte[] body, String contentType, long generation, long renderedAt) {}

	/** Forgets the municipality's pages once the current transaction commits (at once without one). */
	public void evict(MunicipalityCode municipality) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					evictNow(municipality.value());
				}
			});
		}
		// Also now: a page rendered between this change and its commit is then not kept either.
		evictNow(municipality.value());
	}

	/** Forgets every municipality's pages (a change that may show on several sites) after the commit. */
	public void evictAll() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					evictAllNow();
				}
			});
		}
		evictAllNow();
	}

	private void evictAllNow() {
		generations.values().forEach(AtomicLong::incrementAndGet);
		synchronized (pages) {
			pages.clear();
		}
	}

	private void evictNow(String code) {
		generation(code).incrementAndGet();
		synchronized (pages) {
			pages.keySet().removeIf(key -> key.startsWith("/cjg/" + code));
		}
	}

	/** The municipality's eviction count: what {@link PublicSites} keeps is valid only while this stays the same. */
	long generationOf(MunicipalityCode municipality) {
		return generation(municipality.value()).get();
	}

	private AtomicLong generation(String code) {
		return generations.computeIfAbsent(code, key -> new AtomicLong());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !CACHED.matcher(pathOf(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var path = pathOf(request);
		var matcher = CACHED.matcher(path);
		if (!matcher.matches() || request.getSession(false) != null) {
			// A signed-in editor previewing the site sees it fresh, and nothing of a session is ever kept.
			chain.doFilter(request, response);
			return;
		}
		var code = matcher.group(1);
		var key = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
		var generation = generation(code).get();
		Page page;
		synchronized (pages) {
			page = pages.get(key);
		}
		if (page != null && page.generation() == generation
				&& ticker.getAsLong() - page.renderedAt() < TIME_TO_LIVE.toNanos()) {
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		var renderedAt = ticker.getAsLong();
		var wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		var contentType = wrapper.getContentType();
		if (wrapper.getStatus() == 200 && contentType != null && contentType.startsWith("text/html")
				&& request.getSession(false) == null && generation(code).get() == generation
				&& wrapper.getHeader("Set-Cookie") == null) {
			synchronized (pages) {
				pages.put(key, new Page(wrapper.getContentAsByteArray(), contentType, generation, renderedAt));
			}
		}
		wrapper.copyBodyToResponse();
	}

	int size() {
		synchronized (pages) {
			return pages.size();
		}
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
