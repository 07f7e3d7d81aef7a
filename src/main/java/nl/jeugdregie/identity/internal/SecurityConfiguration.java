package nl.jeugdregie.identity.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.COMPULSORY_EDUCATION_OFFICER;
import static nl.jeugdregie.identity.Role.EDITOR;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.PRIVACY_OFFICER;
import static nl.jeugdregie.identity.Role.PROVIDER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.SignInMethods;
import nl.jeugdregie.identity.TooManyLoginAttemptsException;
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
	// Steering on the assignment to the welfare provider (STU): the provider reads its own assignment.
	private static final Role[] STEERING_EDITORS = { POLICY_OFFICER, ADMINISTRATOR };
	private static final Role[] STEERING_READERS = { POLICY_OFFICER, ADMINISTRATOR, PROVIDER };
	// Schools (issue 17, OND): who reaches the screens; the schools services decide per action (ADR 0028).
	private static final Role[] SCHOOL_READERS = { YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER,
			COMPULSORY_EDUCATION_OFFICER };
	private static final Role[] SCHOOL_EDITORS = { YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER };
	private static final Role[] OUT_OF_SCHOOL_KEEPERS = { YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT,
			COMPULSORY_EDUCATION_OFFICER };
	// Allocation (issue 15): the municipality keeps products, providers and contracts; case workers choose; a provider
	// reads its own and reports its own waiting times (the services scope a provider to its own organisation).
	private static final Role[] ALLOCATION_KEEPERS = { POLICY_OFFICER, ADMINISTRATOR };
	private static final Role[] ALLOCATION_READERS = { YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER,
			ADMINISTRATOR, PROVIDER };
	private static final Role[] WAITING_TIME_REPORTERS = { POLICY_OFFICER, ADMINISTRATOR, PROVIDER };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JdbcUserAccounts accounts,
			ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<SignInMethods> methods) throws Exception {
		var pages = new KnownPages(mappings);
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(HttpMethod.POST, "/api/v1/help-requests").hasAnyRole(names(CASE_WORKERS))
						// Issue 19 item 6: a role that may never make a change is refused here, before its body is read.
						.requestMatchers(HttpMethod.PUT, "/api/v1/team/members/*/expertise").hasRole(TEAM_LEAD.name())
						// Issue 13: search and the lists of help requests, for case workers (search decides per file).
						.requestMatchers(HttpMethod.GET, "/api/v1/search", "/api/v1/help-requests").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers("/api/v1/worklist/**", "/api/v1/team/**").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers(HttpMethod.GET, "/api/v1/help-requests/**").authenticated()
						.requestMatchers(HttpMethod.POST, "/api/v1/help-requests/*/assignment").hasRole(TEAM_LEAD.name())
						.requestMatchers("/api/v1/help-requests/**").hasAnyRole(names(CASE_WORKERS))
						// KPIs per action line (MON-4): team leads read, the policy officer keeps them.
						.requestMatchers(HttpMethod.GET, "/api/v1/reports/kpis", "/api/v1/reports/kpis/indicators")
								.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/api/v1/reports/kpis/**").hasRole(POLICY_OFFICER.name())
						.requestMatchers("/api/v1/reports/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						// Monitoring dashboard (MON-1, SEC-2): aggregates for team leads and policy officers only.
						.requestMatchers("/api/v1/dashboard", "/api/v1/dashboard/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/api/v1/monitoring/**").hasRole(ADMINISTRATOR.name())
						.requestMatchers(HttpMethod.GET, "/api/v1/policy/**").authenticated()
						.requestMatchers("/api/v1/policy/**").hasRole(ADMINISTRATOR.name())
						// SEC-2 (ADR 0025): the privacy officer reads the access history; the review list is the team
						// lead's (decides) and the privacy officer's (reads); the AVG art. 15 overview is hers.
						.requestMatchers(HttpMethod.GET, "/api/v1/audit/access-history").hasAnyRole(names(ADMINISTRATOR, PRIVACY_OFFICER))
						.requestMatchers("/api/v1/audit/**").hasRole(ADMINISTRATOR.name())
						.requestMatchers(HttpMethod.GET, "/api/v1/access-reviews", "/api/v1/access-reviews/*")
								.hasAnyRole(names(TEAM_LEAD, PRIVACY_OFFICER))
						.requestMatchers(HttpMethod.POST, "/api/v1/access-reviews/*/decision").hasRole(TEAM_LEAD.name())
						.requestMatchers(HttpMethod.POST, "/api/v1/access-overviews").hasRole(PRIVACY_OFFICER.name())
						// Teams and users (issue 14), locked accounts and API tokens (module signin): the administrator only.
						.requestMatchers("/api/v1/admin/**").hasRole(ADMINISTRATOR.name())
						.requestMatchers(HttpMethod.GET, "/api/v1/steering/**").hasAnyRole(names(STEERING_READERS))
						// The effect chain and its indicators: the municipality's policy officer only (STU-2).
						.requestMatchers("/api/v1/steering/indicators/**", "/api/v1/steering/types-of-work/*/effect-chain",
								"/api/v1/steering/types-of-work/*/goals/*/indicators").hasRole(POLICY_OFFICER.name())
						// Adding a norm and closing a quarter are the municipality's; the provider delivers figures,
						// cause analyses and actuals; the steering service decides per action.
						.requestMatchers(HttpMethod.POST, "/api/v1/steering/norms", "/api/v1/steering/norms/closed-quarters")
								.hasAnyRole(names(STEERING_EDITORS))
						.requestMatchers(HttpMethod.POST, "/api/v1/steering/norms/**", "/api/v1/steering/actuals")
								.hasAnyRole(names(STEERING_READERS))
						.requestMatchers("/api/v1/steering/**").hasAnyRole(names(STEERING_EDITORS))
						// Households: the plans module decides per household (its case team and case director); only
						// case workers ever change one, so other roles are refused before the body is read.
						.requestMatchers(HttpMethod.GET, "/api/v1/households/**").authenticated()
						.requestMatchers("/api/v1/households/**").hasAnyRole(names(CASE_WORKERS))
						// Team worklists of future plans and adult social work (PLAN-4, PLAN-8): case workers only.
						.requestMatchers("/api/v1/future-plans/**", "/api/v1/social-work/**").hasAnyRole(names(CASE_WORKERS))
						// Schools (OND-1 … OND-7): children out of school for the compulsory-education officer and the CJG,
						// the overview for team lead and policy officer, the worklist for CJG staff; the rest per action.
						.requestMatchers("/api/v1/schools/out-of-school", "/api/v1/schools/out-of-school/**")
								.hasAnyRole(names(OUT_OF_SCHOOL_KEEPERS))
						.requestMatchers("/api/v1/schools/overview").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/api/v1/schools/worklist").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers(HttpMethod.GET, "/api/v1/schools/**").hasAnyRole(names(SCHOOL_READERS))
						// Changes by role before the body is read (issue 19 item 6), as SchoolRoles decides them.
						.requestMatchers(HttpMethod.PUT, "/api/v1/schools/locations/*/contact-persons").hasRole(TEAM_LEAD.name())
						.requestMatchers(HttpMethod.POST, "/api/v1/schools/absences").hasRole(TEAM_LEAD.name())
						.requestMatchers(HttpMethod.POST, "/api/v1/schools/locations/*/visits",
								"/api/v1/schools/locations/*/zat-meetings").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers(HttpMethod.POST, "/api/v1/schools/family-contact-persons")
								.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers(HttpMethod.POST, "/api/v1/schools/locations", "/api/v1/schools/locations/import")
								.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers(HttpMethod.PUT, "/api/v1/schools/locations/*/connection")
								.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/api/v1/schools/**").hasAnyRole(names(SCHOOL_EDITORS))
						// Allocation (issue 15)
						.requestMatchers(HttpMethod.GET, "/api/v1/allocation/choice").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers("/api/v1/allocation/arrangements", "/api/v1/allocation/arrangements/**",
								"/api/v1/allocation/crisis-care", "/api/v1/allocation/crisis-care/**").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers(HttpMethod.GET, "/api/v1/allocation/allocations").hasRole(PROVIDER.name())
						.requestMatchers("/api/v1/allocation/declarations", "/api/v1/allocation/declarations/import",
								"/api/v1/allocation/allocations/*/budget").hasAnyRole(names(PROVIDER, ADMINISTRATOR))
						// TOEW-8: the keepers mark the CJG's scope and keep its exceptions; readers (a provider its own notices) read.
						.requestMatchers(HttpMethod.POST, "/api/v1/allocation/cjg-scopes", "/api/v1/allocation/cjg-out-of-scope-situations")
								.hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers(HttpMethod.DELETE, "/api/v1/allocation/cjg-out-of-scope-situations/*").hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers(HttpMethod.PUT, "/api/v1/allocation/contracts/*").hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers(HttpMethod.GET, "/api/v1/allocation/cjg-scopes", "/api/v1/allocation/cjg-transfer-notices",
								"/api/v1/allocation/cjg-out-of-scope-situations").hasAnyRole(names(ALLOCATION_READERS))
						.requestMatchers(HttpMethod.POST, "/api/v1/allocation/waiting-times").hasAnyRole(names(WAITING_TIME_REPORTERS))
						.requestMatchers(HttpMethod.POST, "/api/v1/allocation/providers/*/accounts").hasRole(ADMINISTRATOR.name())
						.requestMatchers(HttpMethod.POST, "/api/v1/allocation/products", "/api/v1/allocation/products/import",
								"/api/v1/allocation/providers", "/api/v1/allocation/providers/*/contracts",
								"/api/v1/allocation/contracts/*/tariffs", "/api/v1/allocation/tariffs/import")
								.hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers(HttpMethod.GET, "/api/v1/allocation/products", "/api/v1/allocation/products.csv",
								"/api/v1/allocation/providers", "/api/v1/allocation/providers/*",
								"/api/v1/allocation/contracts/*/tariffs", "/api/v1/allocation/tariffs.csv",
								"/api/v1/allocation/waiting-times")
								.hasAnyRole(names(ALLOCATION_READERS))
						.anyRequest().denyAll())
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
			ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<SignInMethods> methods) throws Exception {
		var pages = new KnownPages(mappings);
		http.authorizeHttpRequests(requests -> requests
						.requestMatchers("/assets/**", "/css/**", "/js/**", "/favicon.ico", "/inloggen", "/error").permitAll()
						// Single sign-on (ADR 0035): the redirect to the municipality's provider and its answer.
						.requestMatchers("/oauth2/authorization/**", "/login/oauth2/code/**", "/uitloggen/inlogdienst").permitAll()
						.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
						// SEC-2 (ADR 0025): the review of reads with a reason is the team lead's.
						.requestMatchers("/team/inzage-met-reden", "/team/inzage-met-reden/**").hasRole(TEAM_LEAD.name())
						// The public CJG site (VIND-1 ... VIND-3, TOE-2): no login; its one form keeps the CSRF token.
						.requestMatchers("/cjg", "/cjg/**").permitAll()
						// The public site's content: the editor writes pages; editor and providers keep the social map.
						.requestMatchers("/beheer/publicaties", "/beheer/publicaties/**").hasRole(EDITOR.name())
						.requestMatchers("/beheer/sociale-kaart", "/beheer/sociale-kaart/**").hasAnyRole(names(EDITOR, PROVIDER))
						.requestMatchers("/hulpvragen/nieuw", "/werklijst/**", "/team/**").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers("/hulpvragen").hasAnyRole(names(CASE_WORKERS))
						// Issue 13: the search box and its results page, for case workers (search decides per file).
						.requestMatchers("/zoeken").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers("/hulpvragen/**").authenticated()
						.requestMatchers(HttpMethod.GET, "/rapportages/kpi", "/rapportages/kpi.csv", "/rapportages/kpi.pdf")
								.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/rapportages/kpi/**").hasRole(POLICY_OFFICER.name())
						.requestMatchers("/rapportages/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers(HttpMethod.GET, "/beheer/normen/**").hasAnyRole(names(ADMINISTRATOR, POLICY_OFFICER))
						// SEC-2 (ADR 0025): the privacy officer reads the access history, every team's review list, and
						// makes the AVG art. 15 overview.
						.requestMatchers(HttpMethod.GET, "/beheer/audit").hasAnyRole(names(ADMINISTRATOR, PRIVACY_OFFICER))
						.requestMatchers("/beheer/privacy/**").hasRole(PRIVACY_OFFICER.name())
						.requestMatchers("/beheer/**").hasRole(ADMINISTRATOR.name())
						.requestMatchers("/").authenticated()
						// Every user chooses their own password; one with a one-time password is sent here first.
						.requestMatchers(AccountStateFilter.CHANGE_PASSWORD_PAGE).authenticated()
						.requestMatchers(HttpMethod.GET, "/sturing", "/sturing/**").hasAnyRole(names(STEERING_READERS))
						.requestMatchers(HttpMethod.POST, "/sturing/normen/**", "/sturing/realisatie")
								.hasAnyRole(names(STEERING_READERS))
						.requestMatchers("/sturing", "/sturing/**").hasAnyRole(names(STEERING_EDITORS))
						// Households: the plans module decides per household (its case team and case director).
						.requestMatchers("/gezinnen/**").authenticated()
						// Team worklists of future plans and adult social work (PLAN-4, PLAN-8): case workers only.
						.requestMatchers("/toekomstplannen/**", "/maatschappelijk-werk/**").hasAnyRole(names(CASE_WORKERS))
						// Schools (OND-1 … OND-7), as in the API above.
						.requestMatchers("/scholen/thuiszitters", "/scholen/thuiszitters/**").hasAnyRole(names(OUT_OF_SCHOOL_KEEPERS))
						.requestMatchers("/scholen/overzicht").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
						.requestMatchers("/scholen/werklijst").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers(HttpMethod.GET, "/scholen", "/scholen/**").hasAnyRole(names(SCHOOL_READERS))
						.requestMatchers("/scholen/**").hasAnyRole(names(SCHOOL_EDITORS))
						// Allocation (issue 15)
						.requestMatchers(HttpMethod.GET, "/toewijzing/kiezen").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers("/toewijzing/aanvragen", "/toewijzing/aanvragen/**", "/toewijzing/arrangementen/**",
								"/toewijzing/crisiszorg", "/toewijzing/crisiszorg/**").hasAnyRole(names(CASE_WORKERS))
						.requestMatchers(HttpMethod.GET, "/toewijzing/toewijzingen").hasRole(PROVIDER.name())
						// TOEW-9: declaring on screen, as in the API: the provider (its own allocations) and the administrator.
						.requestMatchers("/toewijzing/declaraties", "/toewijzing/declaraties/inlezen").hasAnyRole(names(PROVIDER, ADMINISTRATOR))
						.requestMatchers(HttpMethod.GET, "/toewijzing/overdracht-cjg").hasAnyRole(names(ALLOCATION_READERS))
						.requestMatchers("/toewijzing/overdracht-cjg/**").hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers("/toewijzing/contracten/*/wijzigen", "/toewijzing/contracten/*/wijzigen/bevestigen")
								.hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers("/toewijzing/wachttijden/nieuw").hasAnyRole(names(WAITING_TIME_REPORTERS))
						.requestMatchers("/toewijzing/aanbieders/*/accounts").hasRole(ADMINISTRATOR.name())
						.requestMatchers("/toewijzing/producten/nieuw", "/toewijzing/producten/inlezen", "/toewijzing/aanbieders/nieuw",
								"/toewijzing/aanbieders/*/contracten/nieuw", "/toewijzing/contracten/*/tarieven/nieuw",
								"/toewijzing/tarieven/inlezen")
								.hasAnyRole(names(ALLOCATION_KEEPERS))
						.requestMatchers(HttpMethod.GET, "/toewijzing/producten", "/toewijzing/producten.csv",
								"/toewijzing/tarieven.csv", "/toewijzing/aanbieders", "/toewijzing/aanbieders/*",
								"/toewijzing/contracten/*", "/toewijzing/wachttijden")
								.hasAnyRole(names(ALLOCATION_READERS))
						.anyRequest().denyAll())
				.formLogin(form -> form.loginPage("/inloggen").defaultSuccessUrl("/", true).failureHandler(formLoginFailure())
						.permitAll())
				.logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd").permitAll())
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
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

	private static String[] names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
	}

	/**
	 * A refused Basic login: 401 whatever the reason (wrong password, unknown name, locked account look the same),
	 * except when the address has spent its budget of password checks: 429 with Retry-After.
	 */
	private static void refusedBasicLogin(HttpServletResponse response, AuthenticationException e) throws IOException {
		if (e instanceof TooManyLoginAttemptsException tooMany) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
			problem(response, 429, "https://jeugdregie.nl/problemen/te-veel-pogingen", "Te veel pogingen",
					"Vanaf dit adres zijn te veel inlogpogingen tegelijk gedaan. Probeer het over een paar seconden opnieuw.");
			return;
		}
		problem(response, 401, "Niet ingelogd", "Log in om de API te gebruiken.");
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
