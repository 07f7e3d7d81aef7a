package nl.jeugdregie.intake.internal;

import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.WebAccessRules.caseWorkers;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who reaches the help requests, the worklist and the team pages; the lifecycle decides per file and per step. */
@Component
@Order(WebAccessRules.INTAKE)
class IntakeWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.POST, "/api/v1/help-requests").hasAnyRole(caseWorkers())
				// Issue 19 item 6: a role that may never make a change is refused here, before its body is read.
				.requestMatchers(HttpMethod.PUT, "/api/v1/team/members/*/expertise").hasRole(TEAM_LEAD.name())
				// Issue 13: the lists of help requests, for case workers.
				.requestMatchers(HttpMethod.GET, "/api/v1/help-requests").hasAnyRole(caseWorkers())
				.requestMatchers("/api/v1/worklist/**", "/api/v1/team/**").hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.GET, "/api/v1/help-requests/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/help-requests/*/assignment").hasRole(TEAM_LEAD.name())
				.requestMatchers("/api/v1/help-requests/**").hasAnyRole(caseWorkers());
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers("/hulpvragen/nieuw", "/werklijst/**", "/team/**").hasAnyRole(caseWorkers())
				.requestMatchers("/hulpvragen").hasAnyRole(caseWorkers())
				// Whether a user may open a particular help request is decided per file.
				.requestMatchers("/hulpvragen/**").authenticated();
	}
}
