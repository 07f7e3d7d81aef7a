package nl.jeugdregie.signin.internal.tokens;

import java.io.IOException;
import java.time.Clock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer jr_…} on the API: the token is looked up by its id prefix and its secret's hash
 * compared in constant time (microseconds, no bcrypt); then the call acts as the token's account, with its role
 * and municipality, exactly as with Basic. Unknown, expired or revoked tokens and disabled accounts get 401.
 * Not a bean: Spring Boot would register it for every request; it is added to the security filter chains only.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";
	private static final String PRODUCT_TOKEN = "jr_";
	/** Compared against when no token has the presented id: the length of a real hash, matching none. */
	private static final String NO_HASH = "0".repeat(64);

	private final JdbcApiTokens tokens;
	private final VerifiedTokens verified;
	private final UserDetailsService users;
	private final Clock clock;
	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenAuthenticationFilter(JdbcApiTokens tokens, VerifiedTokens verified, UserDetailsService users, Clock clock) {
		this.tokens = tokens;
		this.verified = verified;
		this.users = users;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
				// Another bearer token is an access token of a provider (single sign-on, ADR 0035): not this filter's.
				|| isProviderToken(authorization.substring(BEARER.length()).strip());
	}

	private static boolean isProviderToken(String value) {
		return !value.isEmpty() && !value.startsWith(PRODUCT_TOKEN);
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
		var context = contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		} finally {
			contexts.clearContext();
		}
	}

	/**
	 * The account the token acts for, its use counted; null when the token does not admit the call. Short
	 * statements one after the other (never two connections at once, none held while the call itself runs): the
	 * token and its account, unless verified in the last few seconds ({@link VerifiedTokens}, ADR 0053), and the
	 * count of uses, on every call.
	 */
	private @Nullable UserDetails authenticate(String value) {
		var secret = ApiTokenSecret.parse(value);
		if (secret.isEmpty()) {
			return null;
		}
		var presented = secret.get();
		var now = clock.instant();
		var recent = verified.recent(presented.id(), now);
		if (recent != null) {
			// The presented secret is compared on every call, also when its token was verified a moment ago.
			if (!presented.matches(recent.secretHash())) {
				return null;
			}
			tokens.recordUse(presented.id(), now);
			return recent.account();
		}
		var stored = tokens.find(presented.id()).orElse(null);
		// Compared in constant time, and also when no token has this id, so the time taken tells nothing.
		var matches = presented.matches(stored == null ? NO_HASH : stored.secretHash());
		if (stored == null || !matches || !stored.validAt(now)) {
			return null;
		}
		var user = account(stored.account());
		if (user != null) {
			tokens.recordUse(stored.id(), now);
			verified.keep(stored.id(), stored.secretHash(), user, stored.expiresAt(), now);
		}
		return user;
	}

	private @Nullable UserDetails account(String username) {
		try {
			var user = users.loadUserByUsername(username);
			return user.isEnabled() ? user : null;
		} catch (UsernameNotFoundException e) {
			return null;
		}
	}
}
