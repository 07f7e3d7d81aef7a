package nl.jeugdregie.signin.internal.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.signin.SignInMethods;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.signin.internal.secondfactor.SecondFactorSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on with OpenID Connect (issue 14, ADR 0035), added to identity's two doors. In the UI, staff log in at
 * their municipality's provider and continue as their product account (role, team and municipality are the
 * account's). On the API, access tokens of a trusted provider (a person's, or a system's client-credentials token)
 * act as the account with the token's username. Logging out ends the provider's session too (RP-initiated logout).
 */
@Component
class SingleSignOn implements SignInMethods {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);
	private static final String ID_TOKEN = SingleSignOn.class.getName() + ".idToken";
	private static final String REGISTRATION = SingleSignOn.class.getName() + ".registration";
	private static final String API_TOKEN_PREFIX = "jr_";

	private final JdbcIdentityProviders providers;
	private final MunicipalClientRegistrations registrations;
	private final ProductAccountOidcUserService oidcUsers;
	private final UserDetailsService users;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final TransactionTemplate writing;
	private final ProviderTokens tokens;

	SingleSignOn(JdbcIdentityProviders providers, UserDetailsService users, UserAccounts accounts, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.providers = providers;
		this.registrations = new MunicipalClientRegistrations(providers);
		this.oidcUsers = new ProductAccountOidcUserService(accounts, providers);
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.writing = new TransactionTemplate(transactions);
		this.tokens = new ProviderTokens(providers, users);
	}

	@Override
	public void addToUi(HttpSecurity http) throws Exception {
		http.oauth2Login(login -> login.loginPage("/inloggen")
						.clientRegistrationRepository(registrations)
						.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
						.successHandler(this::signedIn)
						.failureHandler((request, response, e) -> {
							log.info("Single sign-on refused: {}", e.getClass().getSimpleName());
							response.sendRedirect(request.getContextPath() + "/inloggen?sso-fout");
						}))
				.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> keepForLogout(request))
						.logoutSuccessHandler(this::signedOut));
	}

	@Override
	public void addToApi(HttpSecurity http) throws Exception {
		var resolver = new JwtIssuerAuthenticationManagerResolver(tokens::managerFor);
		http.oauth2ResourceServer(server -> server
				// The product's own API tokens (jr_…) are the token filter's; every other bearer token is a JWT.
				.bearerTokenResolver(SingleSignOn::jwtOf)
				.authenticationManagerResolver(resolver)
				.authenticationEntryPoint(SingleSignOn::refusedToken));
	}

	@Override
	public List<LoginLink> loginLinks() {
		return providers.enabled().stream()
				.map(provider -> new LoginLink("Inloggen via " + provider.displayName(),
						"/oauth2/authorization/" + provider.registrationId()))
				.toList();
	}

	/** The provider vouched for the person: continue as the product account, and remember how to log out. */
	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		var token = (OAuth2AuthenticationToken) authentication;
		var oidc = (OidcUser) token.getPrincipal();
		var registrationId = token.getAuthorizedClientRegistrationId();
		var municipality = MunicipalClientRegistrations.municipalityOf(registrationId);
		var provider = providers.of(municipality).orElseThrow();
		var username = oidc.getClaimAsString(provider.usernameClaim());
		var account = users.loadUserByUsername(username);
		var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		var session = request.getSession();
		// The provider does its own multi-factor authentication (ADR 0040).
		SecondFactorSession.passedElsewhere(session);
		session.setAttribute(ID_TOKEN, oidc.getIdToken().getTokenValue());
		session.setAttribute(REGISTRATION, registrationId);
		accounts.find(username).ifPresent(actor -> writing.executeWithoutResult(status -> audit.record(
				ClientFileAccess.security(actor, "account:" + actor.username(), AuditAction.LOGIN_SUCCEEDED,
						"Ingelogd via " + provider.displayName()))));
		response.sendRedirect(request.getContextPath() + "/");
	}

	/** Runs before the session ends: what the logout at the provider needs. */
	private static void keepForLogout(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session != null && session.getAttribute(ID_TOKEN) != null) {
			request.setAttribute(ID_TOKEN, session.getAttribute(ID_TOKEN));
			request.setAttribute(REGISTRATION, session.getAttribute(REGISTRATION));
		}
	}

	/** Logged out here; a person who came through a provider is sent there to end that session too. */
	private void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		var back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
				.replacePath(request.getContextPath() + "/inloggen").replaceQuery("uitgelogd").build().toUriString();
		var idToken = (String) request.getAttribute(ID_TOKEN);
		var registration = idToken == null ? null
				: registrations.findByRegistrationId((String) request.getAttribute(REGISTRATION));
		var endSession = registration == null ? null
				: registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
		if (endSession == null) {
			response.sendRedirect(request.getContextPath() + "/inloggen?uitgelogd");
			return;
		}
		// Via a page of our own: the browser refuses a redirect to another site after a form (CSP form-action).
		var endSessionUri = UriComponentsBuilder.fromUriString(endSession.toString())
				.queryParam("id_token_hint", idToken)
				.queryParam("post_logout_redirect_uri", back)
				.queryParam("client_id", registration.getClientId())
				.encode(StandardCharsets.UTF_8).build().toUriString();
		request.getSession(true).setAttribute(ProviderLogoutController.END_SESSION, endSessionUri);
		response.sendRedirect(request.getContextPath() + ProviderLogoutController.PATH);
	}

	private static String jwtOf(HttpServletRequest request) {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		var token = header.substring(7).trim();
		return token.startsWith(API_TOKEN_PREFIX) || token.isEmpty() ? null : token;
	}

	/** An access token refused: 401 with problem+json, whatever the reason (unknown issuer, expired, audience). */
	private static void refusedToken(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		// The reason's kind only: a token or a username is personal data and stays out of the log.
		log.info("Access token refused on the API: {}", e.getClass().getSimpleName());
		response.setStatus(401);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				{"type":"https://jeugdregie.nl/problemen/niet-ingelogd","title":"Niet ingelogd","status":401,\
				"detail":"Het toegangstoken is ongeldig, verlopen, van een onbekende uitgever of niet voor Jeugdregie."}""");
	}
}
