package nl.jeugdregie.findability.internal;

import static nl.jeugdregie.identity.Role.EDITOR;
import static nl.jeugdregie.identity.Role.PROVIDER;
import static nl.jeugdregie.identity.WebAccessRules.names;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The public CJG site without login, and who keeps its content. */
@Component
@Order(WebAccessRules.FINDABILITY)
class FindabilityWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// The social map kept by the editor and providers (VIND-2, ADR 0041); the service decides per entry.
				.requestMatchers(HttpMethod.POST, "/api/v1/social-map/organizations",
						"/api/v1/social-map/organizations/*/withdrawal", "/api/v1/social-map/organizations/*/restoration")
				.hasRole(EDITOR.name())
				.requestMatchers("/api/v1/social-map/**").hasAnyRole(names(EDITOR, PROVIDER));
	}

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
