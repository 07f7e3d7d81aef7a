package nl.jeugdregie.signin.internal.secondfactor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the UI's chain only (API tokens and Basic for systems are outside it, ADR 0040): after the password, a person
 * who set up a second step reaches nothing but the page for the code, and a person whose role requires one reaches
 * nothing but the page to set it up. Decided once per login and then remembered in the session.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

	static final String CODE_PAGE = "/tweede-stap";
	static final String ENROL_PAGE = "/tweede-stap/instellen";
	private static final List<String> OPEN = List.of(CODE_PAGE, "/uitloggen", "/inloggen", "/assets/", "/js/", "/css/",
			"/favicon.ico", "/error");

	private final SecondFactors factors;
	private final CurrentUsers users;

	SecondFactorFilter(SecondFactors factors, CurrentUsers users) {
		this.factors = factors;
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var session = request.getSession(false);
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || session == null
				|| SecondFactorSession.hasPassed(session)) {
			chain.doFilter(request, response);
			return;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var user = users.find();
		if (user.isEmpty() || OPEN.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		switch (factors.need(user.get())) {
			case NONE -> {
				SecondFactorSession.passed(session);
				chain.doFilter(request, response);
			}
			case CODE -> response.sendRedirect(request.getContextPath() + CODE_PAGE);
			case ENROL -> response.sendRedirect(request.getContextPath() + ENROL_PAGE);
		}
	}
}
