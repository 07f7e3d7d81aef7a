package nl.jeugdregie.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 14: checks the logged-in account on every request. A session of an account the administrator has since
 * deactivated ends at its next request. An account still on its one-time password reaches only the page to choose
 * a new one (the API answers 403 until then). Not a bean, so it runs only inside the security chains that add it.
 */
final class AccountStateFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD_PAGE = "/wachtwoord";
	/** Module signin's second login step (ADR 0040): it comes before choosing a password. */
	static final String SECOND_FACTOR_PAGES = "/tweede-stap";
	private static final List<String> OPEN_WHILE_CHANGING = List.of(CHANGE_PASSWORD_PAGE, SECOND_FACTOR_PAGES, "/uitloggen", "/assets/", "/js/",
			"/css/", "/favicon.ico", "/error");

	private final JdbcUserAccounts accounts;
	private final boolean api;

	AccountStateFilter(JdbcUserAccounts accounts, boolean api) {
		this.accounts = accounts;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		switch (accounts.stateOf(principal.getUsername())) {
			case ACTIVE -> chain.doFilter(request, response);
			case INACTIVE -> {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				if (api) {
					SecurityConfiguration.problem(response, 401, "Niet ingelogd", "Dit account is niet actief.");
				}
				else {
					response.sendRedirect(request.getContextPath() + "/inloggen?gedeactiveerd");
				}
			}
			case MUST_CHANGE_PASSWORD -> {
				var path = request.getRequestURI().substring(request.getContextPath().length());
				if (api) {
					SecurityConfiguration.problem(response, 403, "Wachtwoord wijzigen",
							"Kies eerst in het scherm een eigen wachtwoord. Daarna kunt u de API gebruiken.");
				}
				else if (OPEN_WHILE_CHANGING.stream().anyMatch(path::startsWith)) {
					chain.doFilter(request, response);
				}
				else {
					response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
				}
			}
		}
	}
}
