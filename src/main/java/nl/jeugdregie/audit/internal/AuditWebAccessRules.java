package nl.jeugdregie.audit.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.PRIVACY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail, the review of reads with a reason and the overview of access (SEC-2, ADR 0025). */
@Component
@Order(WebAccessRules.AUDIT)
class AuditWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// SEC-2 (ADR 0025): the privacy officer reads the access history; the review list is the team
				// lead's (decides) and the privacy officer's (reads); the AVG art. 15 overview is hers.
				.requestMatchers(HttpMethod.GET, "/api/v1/audit/access-history").hasAnyRole(names(ADMINISTRATOR, PRIVACY_OFFICER))
				.requestMatchers("/api/v1/audit/**").hasRole(ADMINISTRATOR.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/access-reviews", "/api/v1/access-reviews/*")
						.hasAnyRole(names(TEAM_LEAD, PRIVACY_OFFICER))
				.requestMatchers(HttpMethod.POST, "/api/v1/access-reviews/*/decision").hasRole(TEAM_LEAD.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/access-overviews").hasRole(PRIVACY_OFFICER.name());
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// SEC-2 (ADR 0025): the review of reads with a reason is the team lead's. It lies inside intake's
				// /team/**, hence the lower order.
				.requestMatchers("/team/inzage-met-reden", "/team/inzage-met-reden/**").hasRole(TEAM_LEAD.name())
				// The privacy officer reads the access history, every team's review list, and makes the AVG art. 15
				// overview; the rest of /beheer is the administrator's, by identity's closing rule.
				.requestMatchers(HttpMethod.GET, "/beheer/audit").hasAnyRole(names(ADMINISTRATOR, PRIVACY_OFFICER))
				.requestMatchers("/beheer/privacy/**").hasRole(PRIVACY_OFFICER.name());
	}
}
