package nl.jeugdregie.signin.internal.tokens;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/** Adds bearer-token authentication to identity's filter chains (the filter acts on /api/ only). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiTokenSettings.class)
class ApiTokenConfiguration {

	@Bean
	Customizer<HttpSecurity> apiTokenAuthentication(JdbcApiTokens tokens, VerifiedTokens verified,
			UserDetailsService users, Clock clock) {
		var filter = new ApiTokenAuthenticationFilter(tokens, verified, users, clock);
		return http -> http.addFilterBefore(filter, BasicAuthenticationFilter.class);
	}
}
