package nl.jeugdregie.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.platform.web.CachedBodyRequest;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a change its effect once (issue 19 item 2). An API change with an {@code Idempotency-Key} header, and a
 * form with its one-time {@value #FORM_FIELD} field ({@link IdempotentFormFields}), first claims its key; the
 * claim is one row under a primary key, so of 30 identical requests exactly one goes on to the controller. The
 * others wait for its answer and get the same: the API's stored status and body (marked
 * {@code Idempotent-Replayed}), the form's redirect. A key used for another request is refused. A conflict, a
 * throttle or a server error gives the key back, so the client can try again.
 * <p>
 * It runs after Spring Security (order 1 &gt; -100), so only a signed-in user's keys are kept, each user's apart.
 * It holds no database connection while the controller runs.
 */
@Component
@Order(1)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	static final String FORM_FIELD = "_idempotency";
	static final String REPLAYED = "Idempotent-Replayed";
	private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
	/** How long a repeat waits for the first request's answer before it is told to try again. */
	private static final Duration WAIT = Duration.ofSeconds(10);
	private static final long POLL_MILLIS = 50;

	private final JdbcIdempotentRequests store;
	private final JsonMapper json;
	private final Clock clock;

	IdempotencyFilter(JdbcIdempotentRequests store, JsonMapper json, Clock clock) {
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var owner = owner();
		if (!CHANGES.contains(request.getMethod()) || owner == null) {
			chain.doFilter(request, response);
			return;
		}
		if (isApi(request)) {
			api(request, response, chain, owner);
		} else {
			form(request, response, chain, owner);
		}
	}

	private void api(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String owner)
			throws ServletException, IOException {
		var header = request.getHeader(HEADER);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!IdempotencyKey.isWellFormed(header)) {
			problem(response, Problems.invalid(java.util.List.of(new Problems.FieldProblem(HEADER,
					"Geef als Idempotency-Key 1 tot 255 zichtbare tekens (ASCII)."))).getBody(), HttpStatus.BAD_REQUEST);
			return;
		}
		var body = request.getInputStream().readAllBytes();
		var forwarded = new CachedBodyRequest(request, body);
		var key = new IdempotencyKey(owner, header);
		var fingerprint = fingerprint(request.getMethod() + " " + request.getRequestURI() + "?"
				+ Optional.ofNullable(request.getQueryString()).orElse(""), body);
		var remembered = claimOrWait(key, fingerprint);
		switch (remembered) {
			case null -> handleOnce(forwarded, response, chain, key, false);
			case Remembered r when !r.fingerprint().equals(fingerprint) -> problem(response,
					Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key al gebruikt",
							"Deze Idempotency-Key hoort bij een ander verzoek. Gebruik voor elke wijziging een nieuwe sleutel.")
							.getBody(), HttpStatus.UNPROCESSABLE_CONTENT);
			case Remembered.InProgress p -> problem(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use",
					"Verzoek wordt nog verwerkt", "Een verzoek met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw.")
					.getBody(), HttpStatus.CONFLICT);
			case Remembered.Done done -> {
				response.setStatus(done.status());
				if (done.contentType() != null) {
					response.setContentType(done.contentType());
				}
				if (done.location() != null) {
					response.setHeader("Location", done.location());
				}
				if (done.etag() != null) {
					response.setHeader(HttpHeaders.ETAG, done.etag());
				}
				response.setHeader(REPLAYED, "true");
				response.getOutputStream().write(done.body());
			}
		}
	}

	private void form(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String owner)
			throws ServletException, IOException {
		var token = request.getParameter(FORM_FIELD);
		if (token == null || !IdempotencyKey.isWellFormed(token)) {
			chain.doFilter(request, response);
			return;
		}
		var key = new IdempotencyKey(owner, token);
		var fingerprint = fingerprint("FORM " + request.getRequestURI(), new byte[0]);
		var remembered = claimOrWait(key, fingerprint);
		switch (remembered) {
			case null -> handleOnce(request, response, chain, key, true);
			case Remembered r when !r.fingerprint().equals(fingerprint) -> response.sendError(HttpStatus.CONFLICT.value());
			case Remembered.InProgress p -> response.sendError(HttpStatus.CONFLICT.value());
			case Remembered.Done done when done.location() != null -> {
				// The same page the first submission led to, as a browser would have shown it.
				response.setStatus(HttpStatus.SEE_OTHER.value());
				response.setHeader("Location", done.location());
			}
			case Remembered.Done done -> response.sendError(HttpStatus.CONFLICT.value());
		}
	}

	/** Null when this request claimed the key; otherwise what the first one left, after waiting for its answer. */
	private @Nullable Remembered claimOrWait(IdempotencyKey key, String fingerprint) {
		var until = clock.instant().plus(WAIT);
		while (true) {
			if (store.claim(key, fingerprint, clock.instant())) {
				return null;
			}
			var found = store.find(key);
			if (found.isPresent() && (found.get() instanceof Remembered.Done || !found.get().fingerprint().equals(fingerprint)
					|| !clock.instant().isBefore(until))) {
				return found.get();
			}
			// Still in progress, or given back a moment ago: wait a little and look again.
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return found.orElse(new Remembered.InProgress(fingerprint));
			}
		}
	}

	private void handleOnce(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			IdempotencyKey key, boolean form) throws ServletException, IOException {
		var captured = new ContentCachingResponseWrapper(response);
		var kept = false;
		try {
			chain.doFilter(request, captured);
			var status = captured.getStatus();
			var location = captured.getHeader("Location");
			if (form ? status >= 300 && status < 400 && location != null : keepsAnswer(status)) {
				store.complete(key, status, captured.getContentType(), captured.getContentAsByteArray(), location,
						captured.getHeader(HttpHeaders.ETAG));
				kept = true;
			}
		}
		finally {
			if (!kept) {
				store.release(key);
			}
			captured.copyBodyToResponse();
		}
	}

	/** Conflicts, throttling and server errors may pass on a retry; every other answer is the answer. */
	private static boolean keepsAnswer(int status) {
		return status < 500 && status != HttpStatus.CONFLICT.value() && status != HttpStatus.TOO_MANY_REQUESTS.value()
				&& status != HttpStatus.PRECONDITION_FAILED.value();
	}

	private void problem(HttpServletResponse response, @Nullable Object body, HttpStatus status) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), body);
	}

	private static @Nullable String owner() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				|| "anonymousUser".equals(authentication.getName()) ? null : authentication.getName();
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}


	private static String fingerprint(String request, byte[] body) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(request.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
