package nl.jeugdregie.schools.internal;

import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.COMPULSORY_EDUCATION_OFFICER;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
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

/** Schools (issue 17, OND): who reaches the screens; the schools services decide per action (ADR 0028). */
@Component
@Order(WebAccessRules.SCHOOLS)
class SchoolsWebAccessRules implements WebAccessRules {

	private static final String[] SCHOOL_READERS = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER,
			COMPULSORY_EDUCATION_OFFICER);
	private static final String[] SCHOOL_EDITORS = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER);
	private static final String[] OUT_OF_SCHOOL_KEEPERS = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT,
			COMPULSORY_EDUCATION_OFFICER);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// Schools (OND-1 … OND-7): children out of school for the compulsory-education officer and the CJG,
				// the overview for team lead and policy officer, the worklist for CJG staff; the rest per action.
				.requestMatchers("/api/v1/schools/out-of-school", "/api/v1/schools/out-of-school/**")
						.hasAnyRole(OUT_OF_SCHOOL_KEEPERS)
				.requestMatchers("/api/v1/schools/overview").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/api/v1/schools/worklist").hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.GET, "/api/v1/schools/**").hasAnyRole(SCHOOL_READERS)
				// Changes by role before the body is read (issue 19 item 6), as SchoolRoles decides them.
				.requestMatchers(HttpMethod.PUT, "/api/v1/schools/locations/*/contact-persons").hasRole(TEAM_LEAD.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/schools/absences").hasRole(TEAM_LEAD.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/schools/locations/*/visits",
						"/api/v1/schools/locations/*/zat-meetings").hasAnyRole(caseWorkers())
				// OND-2 (ADR 0041): the presence norms are the policy officer's, decided before the body is read.
				.requestMatchers(HttpMethod.POST, "/api/v1/schools/norms").hasRole(POLICY_OFFICER.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/schools/family-contact-persons")
						.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers(HttpMethod.POST, "/api/v1/schools/locations", "/api/v1/schools/locations/import")
						.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers(HttpMethod.PUT, "/api/v1/schools/locations/*/connection")
						.hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/api/v1/schools/**").hasAnyRole(SCHOOL_EDITORS);
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers("/scholen/thuiszitters", "/scholen/thuiszitters/**").hasAnyRole(OUT_OF_SCHOOL_KEEPERS)
				.requestMatchers("/scholen/overzicht").hasAnyRole(names(TEAM_LEAD, POLICY_OFFICER))
				.requestMatchers("/scholen/werklijst").hasAnyRole(caseWorkers())
				.requestMatchers(HttpMethod.GET, "/scholen", "/scholen/**").hasAnyRole(SCHOOL_READERS)
				.requestMatchers("/scholen/**").hasAnyRole(SCHOOL_EDITORS);
	}
}
