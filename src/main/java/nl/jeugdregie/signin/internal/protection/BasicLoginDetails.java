package nl.jeugdregie.signin.internal.protection;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The details of a password login at the API's door (HTTP Basic), so {@link ThrottledAuthenticationProvider} can tell
 * it from the login form: an account with a second login step may not use it (ADR 0040).
 */
final class BasicLoginDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	BasicLoginDetails(HttpServletRequest request) {
		super(request);
	}
}
