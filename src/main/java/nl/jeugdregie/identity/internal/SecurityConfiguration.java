package nl.jeugdregie.identity.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.REGIONAL_ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.signin.SignInMethods;
import nl.jeugdregie.identity.signin.TooManyLoginAttemptsException;
import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the browser UI with form login, session and CSRF; and the REST API with HTTP Basic and no
 * session (so no cookie can be abused cross-site). URL rules say which roles reach which screens; whether
 * a user may open a particular client file is decided by {@link nl.jeugdregie.identity.CaseAccessPolicy}.
 * Module signin adds to both doors without this class naming it: the authentication provider with login
 * protection, and filters for API tokens and remembered Basic logins (as {@code Customizer<HttpSecurity>} beans).
 * An address that spends its budget of password checks gets {@link TooManyLoginAttemptsException}: 429 on the API.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final Role[] CASE_WORKERS = { YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JdbcUserAccounts accounts,
			ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<SignInMethods> methods,
			ObjectProvider<WebAccessRules> modules) throws Exception {
		var pages = new KnownPages(mappings);
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> {
					modules.orderedStream().forEach(module -> module.api(requests));
					requests
						// A regional installation's municipalities (issue 14 item 2, ADR 0042): the regional administrator only.
						.requestMatchers("/api/v1/admin/municipalities", "/api/v1/admin/municipalities/**")
								.hasRole(REGIONAL_ADMINISTRATOR.name())
						// Teams and users (issue 14), locked accounts and API tokens (module signin): the administrator only.
						.requestMatchers("/api/v1/admin/**").hasRole(ADMINISTRATOR.name())
						.anyRequest().denyAll();
				})
				.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> refusedBasicLogin(response, e)))
				.exceptionHandling(errors -> errors
						.authenticationEntryPoint((request, response, e) ->
								problem(response, 401, "Niet ingelogd", "Log in om de API te gebruiken."))
						.accessDeniedHandler((request, response, e) -> {
							if (changesHelpRequestWithoutCaseRole(request)) {
								// As the lifecycle answers them: a role that never works on cases learns nothing of
								// the request, not even that it exists (decided here, before the body is read).
								problem(response, 404, "Niet gevonden", "Dit dossier bestaat niet, of u mag het niet zien.");
							} else if (pages.exists(request)) {
								problem(response, 403, "Geen toegang", "Uw rol geeft geen toegang tot dit onderdeel.");
							} else {
								problem(response, 404, "Niet gevonden", "Dit onderdeel van de API bestaat niet.");
							}
						}))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				// No session and no cookies on the API: a forged cross-site request carries no credentials.
				.csrf(csrf -> csrf.disable())
				.addFilterAfter(new AccountStateFilter(accounts, true), AuthorizationFilter.class);
		for (var method : methods) {
			method.addToApi(http);
		}
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http, JdbcUserAccounts accounts,
			ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<SignInMethods> methods,
			ObjectProvider<WebAccessRules> modules) throws Exception {
		var pages = new KnownPages(mappings);
		http.authorizeHttpRequests(requests -> {
					requests
						.requestMatchers("/assets/**", "/css/**", "/js/**", "/favicon.ico", "/inloggen", "/error").permitAll()
						// Single sign-on (ADR 0035): the redirect to the municipality's provider and its answer.
						.requestMatchers("/oauth2/authorization/**", "/login/oauth2/code/**", "/uitloggen/inlogdienst").permitAll()
						.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
						// SEC-1: the team's SKJ registrations that end soon, for the team lead (the administrator's under /beheer);
						// before the modules' rules, where intake's /team/** would take it.
						.requestMatchers("/team/skj-registraties").hasRole(TEAM_LEAD.name())
						.requestMatchers("/").authenticated()
						// The "Blijf ingelogd" button of the idle-session warning (ADR 0040).
						.requestMatchers(HttpMethod.GET, IdleSession.PING).authenticated()
						// Every user chooses their own password; one with a one-time password is sent here first.
						.requestMatchers(AccountStateFilter.CHANGE_PASSWORD_PAGE).authenticated()
						// The second login step (module signin, ADR 0040): the code after the password, and setting it up.
						.requestMatchers(AccountStateFilter.SECOND_FACTOR_PAGES, AccountStateFilter.SECOND_FACTOR_PAGES + "/**")
								.authenticated();
					modules.orderedStream().forEach(module -> module.ui(requests));
					requests
						// A regional installation's municipalities (issue 14 item 2, ADR 0042): the regional administrator only.
						.requestMatchers("/beheer/gemeenten", "/beheer/gemeenten/**").hasRole(REGIONAL_ADMINISTRATOR.name())
						// Teams, users, locked accounts, API tokens and whatever else a module keeps under /beheer without
						// a rule of its own: the administrator only.
						.requestMatchers("/beheer/**").hasRole(ADMINISTRATOR.name())
						.anyRequest().denyAll();
				})
				.formLogin(form -> form.loginPage("/inloggen").defaultSuccessUrl("/", true).failureHandler(formLoginFailure())
						.permitAll())
				.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd").permitAll())
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
				// A session ended by the idle timeout: the login page says so (ADR 0040).
				.addFilterBefore(new IdleSession.EndedSessionFilter(),
						org.springframework.security.web.access.ExceptionTranslationFilter.class)
				// A page that does not exist is "Niet gevonden" (404), one the role may not see "Geen toegang" (403).
				.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
						response.sendError(pages.exists(request) ? 403 : 404)))
				.addFilterAfter(new AccountStateFilter(accounts, false), AuthorizationFilter.class);
		for (var method : methods) {
			method.addToUi(http);
		}
		headers(http);
		return http.build();
	}

	/**
	 * A refused form login: back to the form with one message for a wrong password, an unknown name and a locked
	 * account alike; another when the address has spent its budget of password checks (nothing about the account).
	 */
	private static AuthenticationFailureHandler formLoginFailure() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/inloggen?error");
		handler.setExceptionMappings(Map.of(TooManyLoginAttemptsException.class.getName(), "/inloggen?te-veel"));
		return handler;
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny())
				// Sent only on HTTPS requests (also those a trusted proxy forwards as https): browsers then refuse
				// plain HTTP to this host for a year.
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
	}

	private static boolean changesHelpRequestWithoutCaseRole(HttpServletRequest request) {
		if (HttpMethod.GET.matches(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/help-requests/")) {
			return false;
		}
		return Arrays.stream(CASE_WORKERS).noneMatch(role -> request.isUserInRole(role.name()));
	}


	/**
	 * The detail of every refused Basic login: the same for a wrong password and for an account with a second login
	 * step (which may not use a password on the API, ADR 0040), so the answer tells neither which nor who exists.
	 */
	static final String REFUSED_BASIC_LOGIN = "Inloggen is mislukt. Controleer de gebruikersnaam en het wachtwoord. "
			+ "Beheerders en iedereen die inlogt met een code uit een app gebruiken op de API geen wachtwoord, maar een "
			+ "API-sleutel (Authorization: Bearer) of een token van de inlogdienst van de gemeente (single sign-on).";

	/**
	 * A refused Basic login: 401 whatever the reason (wrong password, unknown name, locked account, an account with a
	 * second login step look the same),
	 * except when the address has spent its budget of password checks: 429 with Retry-After.
	 */
	private static void refusedBasicLogin(HttpServletResponse response, AuthenticationException e) throws IOException {
		if (e instanceof TooManyLoginAttemptsException tooMany) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
			problem(response, 429, "https://jeugdregie.nl/problemen/te-veel-pogingen", "Te veel pogingen",
					"Vanaf dit adres zijn te veel inlogpogingen tegelijk gedaan. Probeer het over een paar seconden opnieuw.");
			return;
		}
		problem(response, 401, "Niet ingelogd", REFUSED_BASIC_LOGIN);
	}

	static void problem(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		problem(response, status, "about:blank", title, detail);
	}

	private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
