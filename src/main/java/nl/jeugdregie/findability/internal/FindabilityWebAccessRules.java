package nl.jeugdregie.findability.internal;

import static nl.jeugdregie.identity.Role.EDITOR;
import static nl.jeugdregie.identity.Role.PROVIDER;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public CJG site without login, and who keeps its content. */
@Component
@Order(WebAccessRules.FINDABILITY)
class FindabilityWebAccessRules implements WebAccessRules {

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// The public CJG site (VIND-1 ... VIND-3, TOE-2): no login; its one form keeps the CSRF token.
				.requestMatchers("/cjg", "/cjg/**").permitAll()
				// The public site's content: the editor writes pages; editor and providers keep the social map.
				.requestMatchers("/beheer/publicaties", "/beheer/publicaties/**").hasRole(EDITOR.name())
				.requestMatchers("/beheer/sociale-kaart", "/beheer/sociale-kaart/**").hasAnyRole(names(EDITOR, PROVIDER));
	}
}
