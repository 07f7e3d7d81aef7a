package nl.jeugdregie.search.internal;

import static nl.jeugdregie.identity.WebAccessRules.caseWorkers;

import nl.jeugdregie.identity.WebAccessRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Search is for case workers; which files a search shows is decided per file. */
@Component
@Order(WebAccessRules.SEARCH)
class SearchWebAccessRules implements WebAccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// Issue 13: search, for case workers (search decides per file).
				.requestMatchers(HttpMethod.GET, "/api/v1/search").hasAnyRole(caseWorkers());
	}

	@Override
	public void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules
				// Issue 13: the search box and its results page, for case workers (search decides per file).
				.requestMatchers("/zoeken").hasAnyRole(caseWorkers());
	}
}
