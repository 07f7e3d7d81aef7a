package nl.jeugdregie.identity.signin;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way to sign in that another module adds to identity's two doors (the UI and the API), such as single
 * sign-on; identity's security configuration applies every such bean without naming its module.
 */
public interface SignInMethods {

	/** A link on the login page to sign in another way, such as "Inloggen via de gemeente". */
	record LoginLink(String label, String href) {}

	/** Adds this way of signing in to the UI's filter chain (form login, session, CSRF). */
	void addToUi(HttpSecurity http) throws Exception;

	/** Adds this way of signing in to the API's filter chain (stateless). */
	void addToApi(HttpSecurity http) throws Exception;

	/** The links the login page shows for this way of signing in; none when it is not set up. */
	List<LoginLink> loginLinks();
}
