package nl.jeugdregie.monitoring.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reports, KPIs and the dashboard: aggregates for team leads and policy officers; the rebuild for the
 * administrator.
 */
@Component
@Order(WebAccessRules.MONITORING)
class MonitoringWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// KPIs per action line (MON-4): team leads read, the policy officer keeps them.
				.requestMatchers(HttpMethod.GET, "/api/v1/reports/kpis", "/api/v1/reports/kpis/indicators")
						.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/api/v1/reports/kpis/**").hasRole(POLICY_OFFICER.name())
				.requestMatchers("/api/v1/reports/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				// Monitoring dashboard (MON-1, SEC-2): aggregates for team leads and policy officers only.
				.requestMatchers("/api/v1/dashboard", "/api/v1/dashboard/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/api/v1/monitoring/**").hasRole(ADMINISTRATOR.name());
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/rapportages/kpi", "/rapportages/kpi.csv", "/rapportages/kpi.pdf")
						.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/rapportages/kpi/**").hasRole(POLICY_OFFICER.name())
				.requestMatchers("/rapportages/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/dashboard", "/dashboard/**").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER));
	}
}
