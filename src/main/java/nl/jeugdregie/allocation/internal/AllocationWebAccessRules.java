package nl.jeugdregie.allocation.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.PROVIDER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static nl.jeugdregie.identity.WebAccessRules.caseWorkers;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Allocation (issue 15): the municipality keeps products, providers and contracts; case workers choose; a provider
 * reads its own and reports its own waiting times (the services scope a provider to its own organisation).
 */
@Component
@Order(WebAccessRules.ALLOCATION)
class AllocationWebAccessRules implements WebAccessRules {

	private static final String[] ALLOCATION_KEEPERS = names(POLICY_OFFICER, ADMINISTRATOR);
	private static final String[] ALLOCATION_READERS = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT,
			POLICY_OFFICER, ADMINISTRATOR, PROVIDER);
	private static final String[] WAITING_TIME_REPORTERS = names(POLICY_OFFICER, ADMINISTRATOR, PROVIDER);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/api/v1/allocation/choice").hasAnyRole(caseWorkers())
				// TOEW-7 (issue 16): case workers change the allocations of their team (the service checks the team).
				.requestMatchers(HttpMethod.POST, "/api/v1/allocation/allocations/*/end",
						"/api/v1/allocation/allocations/*/volume-change", "/api/v1/allocation/allocations/*/withdrawal")
						.hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.GET, "/api/v1/allocation/allocations/*/history").hasAnyRole(caseWorkers())
				// MON-5: the team's case workers read and record the aftercare decision (the service checks the team).
				.requestMatchers(HttpMethod.GET, "/api/v1/allocation/allocations/*/aftercare").hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.PUT, "/api/v1/allocation/allocations/*/aftercare").hasAnyRole(caseWorkers())
				.requestMatchers("/api/v1/allocation/arrangements", "/api/v1/allocation/arrangements/**",
						"/api/v1/allocation/crisis-care", "/api/v1/allocation/crisis-care/**").hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.GET, "/api/v1/allocation/allocations").hasRole(PROVIDER.name())
				.requestMatchers("/api/v1/allocation/declarations", "/api/v1/allocation/declarations/import",
						"/api/v1/allocation/allocations/*/budget").hasAnyRole(names(PROVIDER, ADMINISTRATOR))
				// TOEW-8: the keepers mark the CJG's scope and keep its exceptions; readers (a provider its own notices) read.
				.requestMatchers(HttpMethod.POST, "/api/v1/allocation/cjg-scopes", "/api/v1/allocation/cjg-out-of-scope-situations")
						.hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers(HttpMethod.DELETE, "/api/v1/allocation/cjg-out-of-scope-situations/*").hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers(HttpMethod.PUT, "/api/v1/allocation/contracts/*").hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers(HttpMethod.PUT, "/api/v1/allocation/cjg-scopes/*").hasAnyRole(ALLOCATION_KEEPERS)
				// TOEW-2, TOEW-6: changing a product and ending a tariff line, for the keepers.
				.requestMatchers(HttpMethod.PUT, "/api/v1/allocation/products/*", "/api/v1/allocation/contracts/*/tariffs/*")
						.hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/allocation/cjg-scopes", "/api/v1/allocation/cjg-transfer-notices",
						"/api/v1/allocation/cjg-out-of-scope-situations").hasAnyRole(ALLOCATION_READERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/allocation/waiting-times").hasAnyRole(WAITING_TIME_REPORTERS)
				.requestMatchers(HttpMethod.POST, "/api/v1/allocation/providers/*/accounts").hasRole(ADMINISTRATOR.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/allocation/products", "/api/v1/allocation/products/import",
						"/api/v1/allocation/providers", "/api/v1/allocation/providers/*/contracts",
						"/api/v1/allocation/contracts/*/tariffs", "/api/v1/allocation/tariffs/import")
						.hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/allocation/products", "/api/v1/allocation/products.csv",
						"/api/v1/allocation/providers", "/api/v1/allocation/providers/*",
						"/api/v1/allocation/contracts/*/tariffs", "/api/v1/allocation/tariffs.csv",
						"/api/v1/allocation/waiting-times")
						.hasAnyRole(ALLOCATION_READERS);
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/toewijzing/kiezen").hasAnyRole(caseWorkers())
				// TOEW-7 (issue 16): an allocation's page and its changes, for the team's case workers.
				.requestMatchers("/toewijzing/toewijzingen/*", "/toewijzing/toewijzingen/*/**").hasAnyRole(caseWorkers())
				// MON-5: the team's list of ended allocations without an aftercare decision.
				.requestMatchers(HttpMethod.GET, "/toewijzing/nazorg").hasAnyRole(caseWorkers())
				.requestMatchers("/toewijzing/aanvragen", "/toewijzing/aanvragen/**", "/toewijzing/arrangementen/**",
						"/toewijzing/crisiszorg", "/toewijzing/crisiszorg/**").hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.GET, "/toewijzing/toewijzingen").hasRole(PROVIDER.name())
				// TOEW-9: declaring on screen, as in the API: the provider (its own allocations) and the administrator.
				.requestMatchers("/toewijzing/declaraties", "/toewijzing/declaraties/inlezen").hasAnyRole(names(PROVIDER, ADMINISTRATOR))
				.requestMatchers(HttpMethod.GET, "/toewijzing/overdracht-cjg").hasAnyRole(ALLOCATION_READERS)
				.requestMatchers("/toewijzing/overdracht-cjg/**").hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers("/toewijzing/contracten/*/wijzigen", "/toewijzing/contracten/*/wijzigen/bevestigen")
						.hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers("/toewijzing/producten/*/wijzigen", "/toewijzing/contracten/*/tarieven/*/beeindigen",
						"/toewijzing/contracten/*/tarieven/*/beeindigen/bevestigen").hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers("/toewijzing/wachttijden/nieuw").hasAnyRole(WAITING_TIME_REPORTERS)
				.requestMatchers("/toewijzing/aanbieders/*/accounts").hasRole(ADMINISTRATOR.name())
				.requestMatchers("/toewijzing/producten/nieuw", "/toewijzing/producten/inlezen", "/toewijzing/aanbieders/nieuw",
						"/toewijzing/aanbieders/*/contracten/nieuw", "/toewijzing/contracten/*/tarieven/nieuw",
						"/toewijzing/tarieven/inlezen")
						.hasAnyRole(ALLOCATION_KEEPERS)
				.requestMatchers(HttpMethod.GET, "/toewijzing/producten", "/toewijzing/producten.csv",
						"/toewijzing/tarieven.csv", "/toewijzing/aanbieders", "/toewijzing/aanbieders/*",
						"/toewijzing/contracten/*", "/toewijzing/wachttijden")
						.hasAnyRole(ALLOCATION_READERS);
	}
}
