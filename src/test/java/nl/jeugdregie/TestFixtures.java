package nl.jeugdregie;

import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.identity.UserAccounts;
import nl.jeugdregie.signin.internal.secondfactor.SecondFactorSession;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.context.TestComponent;

/** Makes isolated municipalities, teams and users for integration tests. */
@TestComponent
public class TestFixtures {

	public static final String PASSWORD = "test-wachtwoord-123";
	private static final AtomicInteger NEXT_MUNICIPALITY = new AtomicInteger(9000);
	private static final AtomicInteger NEXT_USER = new AtomicInteger();

	private final Teams teams;
	private final UserAccounts accounts;

	TestFixtures(Teams teams, UserAccounts accounts) {
		this.teams = teams;
		this.accounts = accounts;
	}

	/** A fresh municipality with one team, so a test sees only its own data. */
	public World newWorld() {
		var code = new MunicipalityCode(String.valueOf(NEXT_MUNICIPALITY.getAndIncrement()));
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

	/** A municipality with two teams. */
	public record World(MunicipalityCode municipality, Team team, Team otherTeam) {

	}
}
