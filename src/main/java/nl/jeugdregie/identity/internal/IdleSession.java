package nl.jeugdregie.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.session.InvalidSessionStrategy;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Issue 14 item 3 (ADR 0040): a session ends after a quiet period the installation sets (default 15 minutes). Pages
 * warn before it ends (app.js, with a "Blijf ingelogd" button that calls {@link #PING}); without JavaScript the session
 * simply ends and the login page says why. The layout reads the period as {@code @idleSession}.
 */
@Controller("idleSession")
public class IdleSession {

	static final String PING = "/sessie/verlengen";
	static final String EXPIRED_PAGE = "/inloggen?verlopen";
	private final Duration timeout;

	IdleSession(@Value("${server.servlet.session.timeout:15m}") Duration timeout) {
		this.timeout = timeout;
	}

	public long seconds() {
		return timeout.toSeconds();
	}

	public long minutes() {
		return timeout.toMinutes();
	}

	/** "Blijf ingelogd": the request itself keeps the session alive. */
	@GetMapping(PING)
	ResponseEntity<Void> ping() {
		return ResponseEntity.noContent().build();
	}

	/**
	 * A request with a session cookie whose session has ended: to the login page with the reason. Asked on the login
	 * page itself (the cookie of a session just logged out), it continues there with a fresh session.
	 */
	static InvalidSessionStrategy toLoginPage() {
		return (HttpServletRequest request, HttpServletResponse response) -> {
			request.getSession(true);
			var path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/inloggen") || path.startsWith("/assets/") || path.startsWith("/css/")
					|| path.startsWith("/js/") || path.equals("/favicon.ico") || path.startsWith("/cjg")) {
				var query = request.getQueryString();
				response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
				return;
			}
			redirect(request, response);
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
	}
}
