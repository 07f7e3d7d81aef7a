package nl.jeugdregie.signin.internal.protection;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.signin.internal.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an API call with Basic credentials 429 with Retry-After while its address has spent its budget of
 * password verifications, before any hash is computed. Not a bean: Spring Boot would register it for every
 * request; it is added to the security filter chains only.
 */
class VerificationBudgetFilter extends OncePerRequestFilter {

	private final VerificationBudget budget;

	VerificationBudgetFilter(VerificationBudget budget) {
		this.budget = budget;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var wait = budget.waitFor(request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
		ProblemResponses.write(response, 429, "te-veel-pogingen", "Te veel pogingen",
				"Er zijn te veel inlogpogingen gedaan vanaf dit adres. Probeer het over een paar seconden opnieuw.");
	}
}
