package nl.jeugdregie.messaging.internal;

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
	/** ADR 0046: the outgoing JW301s name clients (by BSN in the filter): the access team and the administrator. */
	private static final String[] OUTGOING_STAFF = names(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, ADMINISTRATOR);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/terms/summary").hasAnyRole(TERM_DASHBOARD)
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/terms").hasAnyRole(TERM_WORKLIST)
				// iJw messages (ADR 0036): providers deliver and read their own; the administrator reads all.
				.requestMatchers(HttpMethod.POST, "/api/v1/ijw/messages").hasRole(PROVIDER.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/messages", "/api/v1/ijw/messages/*/retour")
						.hasAnyRole(names(PROVIDER, ADMINISTRATOR))
				// Outgoing JW301s (ADR 0046): a provider fetches its own; the municipality's staff read all of theirs.
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/outgoing", "/api/v1/ijw/outgoing/*")
						.hasAnyRole(names(PROVIDER, YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, ADMINISTRATOR))
				// Answers to providers' requests (ADR 0048): a provider fetches its own JW319s; the administrator reads all.
				.requestMatchers(HttpMethod.GET, "/api/v1/ijw/answers", "/api/v1/ijw/answers/*")
						.hasAnyRole(names(PROVIDER, ADMINISTRATOR))
				.requestMatchers("/api/v1/ijw/**").denyAll();
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				.requestMatchers(HttpMethod.GET, "/ijw/termijnen/overzicht").hasAnyRole(TERM_DASHBOARD)
				.requestMatchers(HttpMethod.GET, "/ijw/termijnen").hasAnyRole(TERM_WORKLIST)
				.requestMatchers(HttpMethod.GET, "/ijw/uitgaande-berichten", "/ijw/toewijzingen/*/berichten")
						.hasAnyRole(OUTGOING_STAFF)
				.requestMatchers(HttpMethod.POST, "/ijw/uitgaande-berichten/*/opnieuw").hasAnyRole(OUTGOING_STAFF)
				// Providers' requests (ADR 0048): the roles that decide allocations, in their own municipality.
				.requestMatchers("/ijw/verzoeken", "/ijw/verzoeken/**").hasAnyRole(caseWorkers())
				// Declarations line by line (ADR 0047): the administrator all, a provider its own.
				.requestMatchers(HttpMethod.GET, "/ijw/declaraties", "/ijw/declaraties/*").hasAnyRole(names(PROVIDER, ADMINISTRATOR));
	}
}
