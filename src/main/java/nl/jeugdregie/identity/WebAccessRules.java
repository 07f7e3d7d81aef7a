package nl.jeugdregie.identity;

import java.util.Arrays;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules: which roles reach its screens and API paths (issue 18 item 5). Each module declares one
 * bean in its {@code internal} package; identity adds them to its two doors in {@code @Order} order, after its own
 * opening rules (public assets, login, single sign-on) and before its closing ones (the administrator's
 * {@code /beheer/**} and {@code /api/v1/admin/**}, then deny everything else). The first matching rule wins, so a
 * module whose paths lie inside another module's broader pattern takes a lower order (audit's
 * {@code /team/inzage-met-reden} before intake's {@code /team/**}). Whether a user may open a particular client file
 * is decided per file, by {@link CaseAccessPolicy}, not here.
 */
public interface WebAccessRules {

	/** Orders of the modules' rules; paths of different modules do not overlap except where a comment says so. */
	int AUDIT = 10;
	int FINDABILITY = 20;
	int INTAKE = 30;
	int SEARCH = 40;
	int MONITORING = 50;
	int POLICY = 60;
	int STEERING = 70;
	int PLANS = 80;
	int SCHOOLS = 90;
	int ALLOCATION = 100;
	int MESSAGING = 110;

	/** The rules of the REST API door ({@code /api/**}, HTTP Basic, no session). */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** The rules of the browser door (form login, session, CSRF). */
	default void ui(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** The authority names of the roles, as {@code hasAnyRole} takes them. */
	static String[] names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
	}

	/** The roles of a CJG case team: those that work on client files. */
	static String[] caseWorkers() {
		return Arrays.stream(Role.values()).filter(Role::worksOnCases).map(Role::name).toArray(String[]::new);
	}
}
