package nl.jeugdregie.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.ClosureReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SEC-2, MON-2, MON-3, MON-5, MON-6: the outcome and periodic reports open for the team lead and the policy
 * officer of the municipality only; professionals, behavioural experts, providers and administrators get 403,
 * on the pages, the exports and the API. Each user sees only their own municipality's figures.
 */
@IntegrationTest
class OutcomeReportsAccessIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.TEAM_LEAD, Role.POLICY_OFFICER);

	static final List<String> PAGES = List.of("/rapportages", "/rapportages/uitkomsten?van=2026-01&tot=2026-06",
			"/rapportages/uitkomsten.csv?van=2026-01&tot=2026-06", "/rapportages/uitkomsten.pdf?van=2026-01&tot=2026-06",
			"/rapportages/kwartaal?kwartaal=2026-Q3", "/rapportages/kwartaal.csv?kwartaal=2026-Q3",
			"/rapportages/kwartaal.pdf?kwartaal=2026-Q3", "/rapportages/halfjaar?halfjaar=2026-H1",
			"/rapportages/halfjaar.csv?halfjaar=2026-H1", "/rapportages/halfjaar.pdf?halfjaar=2026-H1",
			"/rapportages/transformatie?jaar=2026", "/rapportages/transformatie.csv?jaar=2026",
			"/rapportages/transformatie.pdf?jaar=2026");

	static final List<String> API = List.of("/api/v1/reports/outcomes?from=2026-01&to=2026-06",
			"/api/v1/reports/outcomes?from=2026-01&to=2026-06&format=csv", "/api/v1/reports/quarterly?quarter=2026-Q3",
			"/api/v1/reports/quarterly?quarter=2026-Q3&format=pdf", "/api/v1/reports/half-yearly?halfYear=2026-H1",
			"/api/v1/reports/half-yearly?halfYear=2026-H1&format=csv", "/api/v1/reports/transformation?year=2026",
			"/api/v1/reports/transformation?year=2026&format=csv");

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, MON-2, MON-3, MON-5, MON-6: the report pages and exports open for team leads and policy officers only")
	void opensTheReportPagesForTeamLeadsAndPolicyOfficersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, userWith(role, world));
		var expected = READERS.contains(role) ? 200 : 403;
		for (var page : PAGES) {
			mvc.perform(get(page).session(session)).andExpect(status().is(expected));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("SEC-2, MON-2, MON-3: the report API answers team leads and policy officers only, as problem+json otherwise")
	void answersTheReportApiForTeamLeadsAndPolicyOfficersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = userWith(role, world);
		var expected = READERS.contains(role) ? 200 : 403;
		for (var path : API) {
			mvc.perform(get(path).with(TestFixtures.api(user))).andExpect(status().is(expected));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("MON-2: only team leads and policy officers write the half-yearly explanation")
	void letsOnlyTeamLeadsAndPolicyOfficersWriteTheExplanation(Role role) throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, userWith(role, world));
		var result = mvc.perform(post("/rapportages/halfjaar").session(session).with(csrf())
				.param("halfjaar", "2026-H1").param("ontwikkelingen", "Meer aanmeldingen."));
		result.andExpect(status().is(READERS.contains(role) ? 302 : 403));
	}

	@Test
	void refusesTheExplanationWithoutCsrfToken() throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		mvc.perform(post("/rapportages/halfjaar").session(session).param("halfjaar", "2026-H1")
				.param("ontwikkelingen", "Meer aanmeldingen.")).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("SEC-2: a policy officer sees only the figures of their own municipality")
	void showsOnlyTheOwnMunicipalitysFigures() throws Exception {
		var oss = fixtures.newWorld();
		var events = new OutcomeEvents(publisher, transactions, jdbc, oss);
		for (var i = 0; i < 6; i++) {
			events.closed("2026-02-10", ClosureReason.WITHDRAWN);
		}
		events.awaitHandled();
		var other = fixtures.newWorld();

		mvc.perform(get("/api/v1/reports/outcomes").param("from", "2026-01").param("to", "2026-06")
						.with(TestFixtures.api(fixtures.user(Role.POLICY_OFFICER, oss.municipality(), null))))
				.andExpect(jsonPath("$.dropOut.numerator").value(Published.as(6)));
		mvc.perform(get("/api/v1/reports/outcomes").param("from", "2026-01").param("to", "2026-06")
						.with(TestFixtures.api(fixtures.user(Role.POLICY_OFFICER, other.municipality(), null))))
				.andExpect(jsonPath("$.dropOut.denominator").value(0))
				.andExpect(jsonPath("$.empty").value(true));
	}

	private CurrentUser userWith(Role role, TestFixtures.World world) {
		return fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
	}
}
