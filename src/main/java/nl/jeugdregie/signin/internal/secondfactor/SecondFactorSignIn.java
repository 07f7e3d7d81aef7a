package nl.jeugdregie.signin.internal.secondfactor;

import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.signin.SignInMethods;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/** Adds the second login step to identity's UI door; the API is left alone (tokens and systems, ADR 0040). */
@Component
@EnableConfigurationProperties(SecondFactorSettings.class)
class SecondFactorSignIn implements SignInMethods {

	private final SecondFactors factors;
	private final CurrentUsers users;

	SecondFactorSignIn(SecondFactors factors, CurrentUsers users) {
		this.factors = factors;
		this.users = users;
	}

	@Override
	public void addToUi(HttpSecurity http) {
		http.addFilterAfter(new SecondFactorFilter(factors, users), AuthorizationFilter.class);
	}

	@Override
	public void addToApi(HttpSecurity http) {
		// API tokens and HTTP Basic for systems have no second step (ADR 0040).
	}

	@Override
	public List<LoginLink> loginLinks() {
		return List.of();
	}
}
