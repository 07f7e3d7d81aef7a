package nl.jeugdregie.messaging.internal;

import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.PROVIDER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * iJw message exchange (issue 16): who reaches its screens and API paths. The answer terms (ADR 0037) hold no client
 * data: the worklist is the access team's, the administrator's and the providers' (their own side); the dashboard's
 * aggregates also the policy officer's.
 */
@Component
@Order(WebAccessRules.MESSAGING)
class MessagingWebAccessRules implements WebAccessRules {

	private static final String[] TERM_WORKLIST = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, ADMINISTRATOR,
			PROVIDER);
	private static final String[] TERM_DASHBOARD = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, ADMINISTRATOR,
			PROVIDER, POLICY_OFFICER);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/terms/summary").hasAnyRole(TERM_DASHBOARD)
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/terms").hasAnyRole(TERM_WORKLIST)
				// iJw messages (ADR 0036): providers deliver and read their own; the administrator reads all.
				.requestMatchers(HttpMethod.POST, "/api/v1/ijw/messages").hasRole(PROVIDER.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/messages", "/api/v1/ijw/messages/*/retour")
						.hasAnyRole(names(PROVIDER, ADMINISTRATOR))
				.requestMatchers("/api/v1/ijw/**").denyAll();
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/ijw/termijnen/overzicht").hasAnyRole(TERM_DASHBOARD)
				.requestMatchers(HttpMethod.GET, "/ijw/termijnen").hasAnyRole(TERM_WORKLIST)
				// Declarations line by line (ADR 0047): the administrator all, a provider its own.
				.requestMatchers(HttpMethod.GET, "/ijw/declaraties", "/ijw/declaraties/*").hasAnyRole(names(PROVIDER, ADMINISTRATOR));
	}
}
