package nl.jeugdregie.signin.internal.tokens;

import java.io.IOException;
import java.time.Clock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.signin.internal.ProblemResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer jr_…} on the API: the token is looked up by its id prefix and its secret's hash
 * compared in constant time (microseconds, no bcrypt); then the call acts as the token's account, with its role
 * and municipality, exactly as with Basic. Unknown, expired or revoked tokens and disabled accounts get 401.
 * Not a bean: Spring Boot would register it for every request; it is added to the security filter chains only.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final JdbcApiTokens tokens;
	private final UserDetailsService users;
	private final TransactionTemplate transaction;
	private final Clock clock;

	ApiTokenAuthenticationFilter(JdbcApiTokens tokens, UserDetailsService users, TransactionTemplate transaction,
			Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		var account = header == null ? null : authenticate(header.substring(BEARER.length()).trim());
		if (account == null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			ProblemResponses.write(response, 401, "niet-ingelogd", "Niet ingelogd",
					"De API-sleutel is onbekend, verlopen of ingetrokken.");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		} finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The account the token acts for, its use counted; null when the token does not admit the call. */
	private @Nullable UserDetails authenticate(String value) {
		var secret = ApiTokenSecret.parse(value);
		if (secret.isEmpty()) {
			return null;
		}
		var now = clock.instant();
		var account = transaction.execute(status -> {
			var stored = tokens.find(secret.get().id())
					.filter(token -> secret.get().matches(token.secretHash()) && token.validAt(now));
			stored.ifPresent(token -> tokens.recordUse(token.id(), now));
			return stored.map(JdbcApiTokens.StoredToken::account).orElse(null);
		});
		if (account == null) {
			return null;
		}
		try {
			var user = users.loadUserByUsername(account);
			return user.isEnabled() ? user : null;
		} catch (UsernameNotFoundException e) {
			return null;
		}
	}
}
