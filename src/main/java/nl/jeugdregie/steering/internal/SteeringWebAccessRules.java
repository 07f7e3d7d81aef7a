package nl.jeugdregie.steering.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.PROVIDER;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Steering on the assignment to the welfare provider (STU): the municipality keeps it, the provider reads its own
 * and delivers its figures.
 */
@Component
@Order(WebAccessRules.STEERING)
class SteeringWebAccessRules implements WebAccessRules {

	private static final String[] STEERING_EDITORS = names(POLICY_OFFICER, ADMINISTRATOR);
	private static final String[] STEERING_READERS = names(POLICY_OFFICER, ADMINISTRATOR, PROVIDER);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/api/v1/steering/**").hasAnyRole(STEERING_READERS)
				// The effect chain and its indicators: the municipality's policy officer only (STU-2).
				.requestMatchers("/api/v1/steering/indicators/**", "/api/v1/steering/types-of-work/*/effect-chain",
						"/api/v1/steering/types-of-work/*/goals/*/indicators").hasRole(POLICY_OFFICER.name())
				// Adding a norm and closing a quarter are the municipality's; the provider delivers figures,
				// cause analyses and actuals; the steering service decides per action.
				.requestMatchers(HttpMethod.POST, "/api/v1/steering/norms", "/api/v1/steering/norms/closed-quarters")
						.hasAnyRole(STEERING_EDITORS)
				.requestMatchers(HttpMethod.POST, "/api/v1/steering/norms/**", "/api/v1/steering/actuals")
						.hasAnyRole(STEERING_READERS)
				.requestMatchers("/api/v1/steering/**").hasAnyRole(STEERING_EDITORS);
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/sturing", "/sturing/**").hasAnyRole(STEERING_READERS)
				.requestMatchers(HttpMethod.POST, "/sturing/normen/**", "/sturing/realisatie").hasAnyRole(STEERING_READERS)
				.requestMatchers("/sturing", "/sturing/**").hasAnyRole(STEERING_EDITORS);
	}
}
