package nl.jeugdregie.signin.internal.protection;

import java.time.Clock;
import java.util.List;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.identity.signin.SignInMethods;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.signin.internal.secondfactor.SecondStepAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Plugs login protection into identity's security configuration without identity knowing this module: the
 * single {@link org.springframework.security.authentication.AuthenticationProvider} bean becomes the global one
 * (used by the form and by Basic, instead of Spring's default from the {@link UserDetailsService}), and a
 * {@code Customizer<HttpSecurity>} bean is applied by Spring Security to every filter chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProtectionSettings.class)
class LoginProtectionConfiguration {

	@Bean
	VerificationBudget verificationBudget(LoginProtectionSettings settings) {
		return new VerificationBudget(settings.verificationsPerSecond(), System::nanoTime);
	}

	@Bean
	RecentVerifications recentVerifications(LoginProtectionSettings settings, Clock clock) {
		return new RecentVerifications(settings.rememberVerified(), clock);
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(UserDetailsService users, UserAccounts accounts,
			PasswordEncoder passwords, JdbcLoginFailures failures, AuditTrail audit, LoginProtectionSettings settings,
			VerificationBudget budget, RecentVerifications recent, Clock clock, PlatformTransactionManager transactions,
			nl.jeugdregie.signin.internal.sso.LocalLogin localLogin, SecondStepAccounts secondStep) {
		return new ThrottledAuthenticationProvider(users, accounts, passwords, failures, audit, settings, budget, recent,
				clock, transactions, localLogin, secondStep);
	}

	/**
	 * Marks the API's password logins (HTTP Basic) so the provider can refuse them for accounts with a second login
	 * step (ADR 0040); added to the API's door only, through identity's port for ways of signing in.
	 */
	@Bean
	SignInMethods basicLoginMarking() {
		return new SignInMethods() {

			@Override
			public void addToUi(HttpSecurity http) {
				// The form's logins go through the second step's filter instead.
			}

			@Override
			public void addToApi(HttpSecurity http) throws Exception {
				http.httpBasic(basic -> basic.authenticationDetailsSource(BasicLoginDetails::new));
			}

			@Override
			public List<LoginLink> loginLinks() {
				return List.of();
			}
		};
	}

	@Bean
	Customizer<HttpSecurity> rememberedBasicLogin(ThrottledAuthenticationProvider provider) {
		return http -> http.addFilterBefore(new RememberedBasicLoginFilter(provider), BasicAuthenticationFilter.class);
	}
}
