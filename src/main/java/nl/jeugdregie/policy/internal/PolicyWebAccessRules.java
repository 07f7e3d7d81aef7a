package nl.jeugdregie.policy.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Norm settings: the administrator keeps them, the policy officer reads them on screen. */
@Component
@Order(WebAccessRules.POLICY)
class PolicyWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// Everyone reads the norms in effect (also intake's triage inventory under this path); the
				// administrator changes them.
				.requestMatchers(HttpMethod.GET, "/api/v1/policy/**").authenticated()
				.requestMatchers("/api/v1/policy/**").hasRole(ADMINISTRATOR.name());
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// The rest of /beheer/normen is the administrator's, by identity's closing rule.
				.requestMatchers(HttpMethod.GET, "/beheer/normen/**").hasAnyRole(names(ADMINISTRATOR, POLICY_OFFICER));
	}
}
