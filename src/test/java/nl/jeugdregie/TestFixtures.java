package nl.jeugdregie;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.signin.internal.secondfactor.SecondFactorSession;
import nl.jeugdregie.signin.internal.tokens.TestApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.context.TestComponent;

/** Makes isolated municipalities, teams and users for integration tests. */
@TestComponent
public class TestFixtures {

	public static final String PASSWORD = "test-wachtwoord-123";
	/** Four-digit codes for test municipalities: from 2000 up, clear of the demo's real CBS codes (all below 2000). */
	private static final AtomicInteger NEXT_MUNICIPALITY = new AtomicInteger(2000);
	private static final AtomicInteger NEXT_USER = new AtomicInteger();
	/** The roles that log in with a second step by default (jeugdregie.second-factor.required-for). */
	private static final Set<Role> SECOND_STEP_ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.REGIONAL_ADMINISTRATOR);
	private static final Map<String, String> API_TOKENS = new ConcurrentHashMap<>();

	private final Teams teams;
	private final UserAccounts accounts;

	TestFixtures(Teams teams, UserAccounts accounts) {
		this.teams = teams;
		this.accounts = accounts;
	}

	/** A fresh municipality with one team, so a test sees only its own data. */
	public World newWorld() {
		var number = NEXT_MUNICIPALITY.getAndIncrement();
		if (number == 7777) {
			number = NEXT_MUNICIPALITY.getAndIncrement(); // DatabaseIntegrationTests' own municipality
		}
		var code = new MunicipalityCode(String.valueOf(number));
		teams.registerMunicipality(code, "Testgemeente " + code);
		var team = teams.createTeam(code, "CJG Team Noord");
		var otherTeam = teams.createTeam(code, "CJG Team Zuid");
		return new World(code, team, otherTeam);
	}

	public CurrentUser user(Role role, MunicipalityCode municipality, @Nullable Team team) {
		var username = role.name().toLowerCase().replace('_', '-') + "-" + NEXT_USER.incrementAndGet();
		return accounts.create(new NewUserAccount(username, PASSWORD, "Test " + role.dutchName(), role, municipality,
				team == null ? null : team.id()));
	}

	/** Logs in through the real login form and returns the session to send with UI requests. */
	public static MockHttpSession login(MockMvc mvc, CurrentUser user) throws Exception {
		var result = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/inloggen").user(user.username())
				.password(PASSWORD)).andReturn();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		if (session == null || result.getResponse().getStatus() != 302
				|| !"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Login failed for " + user.username());
		}
		return pastSecondStep(session);
	}

	/**
	 * A session past the second login step (ADR 0040), so an administrator's test starts at the page it tests; the
	 * step itself is covered by the SecondFactor tests, and {@link BrowserSession} goes through it for real.
	 */
	public static MockHttpSession pastSecondStep(MockHttpSession session) {
		SecondFactorSession.passedElsewhere(session);
		return session;
	}

	/**
	 * How a test calls the API as {@code user}: HTTP Basic with the test password, or, for an account whose role
	 * requires the second login step (administrators and regional administrators, ADR 0040: refused on Basic), an API
	 * token issued for it once and used for the rest of the run.
	 */
	public static RequestPostProcessor api(CurrentUser user) {
		if (!SECOND_STEP_ROLES.contains(user.role())) {
			return SecurityMockMvcRequestPostProcessors.httpBasic(user.username(), PASSWORD);
		}
		return request -> {
			var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
			var token = API_TOKENS.computeIfAbsent(user.username(), username -> TestApiTokens.issue(context, username));
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	/** A municipality with two teams. */
	public record World(MunicipalityCode municipality, Team team, Team otherTeam) {

	}
}
