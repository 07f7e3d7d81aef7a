package nl.jeugdregie.plans.internal;

import static nl.jeugdregie.identity.WebAccessRules.caseWorkers;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Households, future plans and adult social work: case workers, with the decision per household in the services. */
@Component
@Order(WebAccessRules.PLANS)
class PlansWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// Households: the plans module decides per household (its case team and case director); only
				// case workers ever change one, so other roles are refused before the body is read.
				.requestMatchers(HttpMethod.GET, "/api/v1/households/**").authenticated()
				.requestMatchers("/api/v1/households/**").hasAnyRole(caseWorkers())
				// Team worklists of future plans and adult social work (PLAN-4, PLAN-8): case workers only.
				.requestMatchers("/api/v1/future-plans/**", "/api/v1/social-work/**").hasAnyRole(caseWorkers());
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// Households: the plans module decides per household (its case team and case director).
				.requestMatchers("/gezinnen/**").authenticated()
				// Team worklists of future plans and adult social work (PLAN-4, PLAN-8): case workers only.
				.requestMatchers("/toekomstplannen/**", "/maatschappelijk-werk/**").hasAnyRole(caseWorkers());
	}
}
