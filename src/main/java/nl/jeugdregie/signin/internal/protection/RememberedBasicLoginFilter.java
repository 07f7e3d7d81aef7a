package nl.jeugdregie.signin.internal.protection;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API call with Basic credentials whose password was verified a short while ago is let in without bcrypt
 * ({@link ThrottledAuthenticationProvider#remembered}); Spring's Basic filter after it then sees the caller
 * logged in. Any other call goes on to that filter and the full check, with its budget and audit row. Only on
 * the API: a login through the form always checks the password and is recorded. Not a bean: Spring Boot would
 * register it for every request; it is added to the security filter chains only.
 */
class RememberedBasicLoginFilter extends OncePerRequestFilter {

	private final ThrottledAuthenticationProvider provider;
	private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	RememberedBasicLoginFilter(ThrottledAuthenticationProvider provider) {
		this.provider = provider;
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
		var credentials = credentials(request);
		var authentication = credentials == null ? null
				: provider.remembered(credentials.getName(), String.valueOf(credentials.getCredentials()),
						request.getRemoteAddr());
		if (authentication == null) {
			chain.doFilter(request, response);
			return;
		}
		var context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		} finally {
			contexts.clearContext();
		}
	}

	private @Nullable UsernamePasswordAuthenticationToken credentials(HttpServletRequest request) {
		try {
			return converter.convert(request);
		} catch (AuthenticationException e) {
			// Malformed: Spring's Basic filter after this one refuses it.
			return null;
		}
	}
}
