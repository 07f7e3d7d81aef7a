package nl.jeugdregie.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.filter.OncePerRequestFilter;
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
	 * A page asked for with the cookie of a session that has ended: to the login page with the reason. Only for GET
	 * (a form sent with an ended session is refused by its CSRF token) and never for the login page and assets.
	 */
	static final class EndedSessionFilter extends OncePerRequestFilter {

		private static final List<String> OPEN = List.of("/inloggen", "/uitloggen", "/assets/", "/css/", "/js/",
				"/favicon.ico", "/error", "/cjg", "/oauth2/", "/login/oauth2/", "/v3/api-docs");

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var path = request.getRequestURI().substring(request.getContextPath().length());
			if ("GET".equals(request.getMethod()) && request.getRequestedSessionId() != null
					&& !request.isRequestedSessionIdValid() && OPEN.stream().noneMatch(path::startsWith)) {
				response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
				return;
			}
			chain.doFilter(request, response);
		}
	}

	/** The idle period for the layout's warning region (a model attribute: bean references are not allowed there). */
	@ControllerAdvice
	static final class Advice {

		private final IdleSession idle;

		Advice(IdleSession idle) {
			this.idle = idle;
		}

		@ModelAttribute("idleSeconds")
		long idleSeconds() {
			return idle.seconds();
		}
	}
}
