package nl.jeugdregie.steering;

import static nl.jeugdregie.steering.GovernanceApiIntegrationTests.basic;
import static nl.jeugdregie.steering.GovernanceApiIntegrationTests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and changes the governance of the assignment (STU-6) and its yearly versions (STU-1): policy officers
 * and administrators edit, the provider reads its own assignment's meetings and requests, case workers get 403; a
 * user never sees another municipality's meetings.
 */
@IntegrationTest
class GovernanceAccessIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);
	static final Set<Role> EDITORS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);
	static final LocalDate HELD = LocalDate.of(2026, 11, 2);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-6: the governance screens and reports open for policy officers, administrators and the provider only")
	void showsTheGovernanceScreensToReadersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), HELD);
		var session = TestFixtures.login(mvc, userWith(role, world));
		var expected = READERS.contains(role) ? 200 : 403;

		for (var page : new String[] { "/sturing/overleg", "/sturing/overleg/" + test.meetingId(), "/sturing/opdrachtverzoeken",
				"/sturing/opdrachtverzoeken/" + test.requestId(), "/sturing/rapportage/voortgang.pdf?jaar=2026&halfjaar=2",
				"/sturing/rapportage/raad.pdf?jaar=2026" }) {
			mvc.perform(get(page).session(session)).andExpect(status().is(expected));
		}
		mvc.perform(get("/sturing/opdracht/beheer").session(session))
				.andExpect(status().is(EDITORS.contains(role) ? 200 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-6: the governance API answers policy officers, administrators and the provider only")
	void answersTheGovernanceApiForReadersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), HELD);
		var user = userWith(role, world);
		var expected = READERS.contains(role) ? 200 : 403;

		for (var path : new String[] { "/api/v1/steering/meetings", "/api/v1/steering/meetings/" + test.meetingId(),
				"/api/v1/steering/assignment-requests", "/api/v1/steering/assignment-requests/" + test.requestId(),
				"/api/v1/steering/reports/progress?year=2026&half=2", "/api/v1/steering/reports/council?year=2026" }) {
			mvc.perform(get(path).with(basic(user))).andExpect(status().is(expected));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-1, STU-6: only policy officers and administrators change the governance over the API")
	void letsOnlyEditorsChangeTheGovernanceOverTheApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), HELD);
		var user = userWith(role, world);
		var editor = EDITORS.contains(role);

		mvc.perform(json(post("/api/v1/steering/meetings"), user, "{\"type\": \"ALIGNMENT\", \"date\": \"2026-12-07\"}"))
				.andExpect(status().is(editor ? 201 : 403));
		mvc.perform(json(post("/api/v1/steering/meetings/" + test.meetingId() + "/items/" + test.itemId() + "/minutes"), user,
				"{\"minutes\": \"Besproken.\", \"decision\": \"Maatregel afgesproken.\"}"))
				.andExpect(status().is(editor ? 200 : 403));
		mvc.perform(json(put("/api/v1/steering/meeting-rhythm/ALIGNMENT"), user, "{\"frequency\": 5}"))
				.andExpect(status().is(editor ? 200 : 403));
		mvc.perform(json(post("/api/v1/steering/assignment-requests"), user,
				GovernanceApiIntegrationTests.REQUEST.formatted("100,00"))).andExpect(status().is(editor ? 201 : 403));
		mvc.perform(json(post("/api/v1/steering/assignment-requests/" + test.requestId() + "/decision"), user,
				"{\"decision\": \"REJECTED\", \"reason\": \"Geen prioriteit.\", \"date\": \"2026-11-16\"}"))
				.andExpect(status().is(editor ? 200 : 403));
		mvc.perform(json(post("/api/v1/steering/types-of-work"), user,
				"{\"name\": \"Mantelzorg\", \"targetGroup\": \"ADULTS\", \"desiredSituation\": \"Mantelzorgers zijn ontlast.\"}"))
				.andExpect(status().is(editor ? 201 : 403));
		mvc.perform(json(post("/api/v1/steering/assignments"), user, "{\"year\": 2027}"))
				.andExpect(status().is(editor ? 200 : 403));

		var municipality = world.municipality().value();
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_meeting where municipality_code = ?", municipality))
				.isEqualTo(editor ? 2 : 1);
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_agenda_item where decision <> '' and id = ?", test.itemId()))
				.isEqualTo(editor ? 1 : 0);
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_meeting_rhythm where municipality_code = ?", municipality))
				.isEqualTo(editor ? 1 : 0);
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_assignment where municipality_code = ?", municipality))
				.isEqualTo(editor ? 2 : 1);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-6: only policy officers and administrators use the governance forms")
	void acceptsTheGovernanceFormsFromEditorsOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), HELD);
		var session = TestFixtures.login(mvc, userWith(role, world));
		var editor = EDITORS.contains(role);

		mvc.perform(post("/sturing/overleg").session(session).with(csrf()).param("type", "ADMINISTRATIVE")
				.param("date", "2026-12-10")).andExpect(editor ? status().isFound() : status().isForbidden());
		mvc.perform(post("/sturing/overleg/" + test.meetingId() + "/verslag").session(session).with(csrf())
				.param("itemId", String.valueOf(test.itemId())).param("minutes", "Besproken.").param("decision", ""))
				.andExpect(editor ? status().isFound() : status().isForbidden());
		mvc.perform(post("/sturing/opdrachtverzoeken/" + test.requestId() + "/besluit").session(session).with(csrf())
				.param("decision", "REJECTED").param("reason", "Geen prioriteit.").param("date", "2026-11-16"))
				.andExpect(editor ? status().isFound() : status().isForbidden());
		mvc.perform(post("/sturing/opdracht/nieuw-jaar").session(session).with(csrf()))
				.andExpect(editor ? status().isFound() : status().isForbidden());

		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_meeting where municipality_code = ?",
				world.municipality().value())).isEqualTo(editor ? 2 : 1);
		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_assignment_request where status = 'REJECTED' and id = ?",
				test.requestId())).isEqualTo(editor ? 1 : 0);
	}

	@Test
	@DisplayName("STU-6: a user of another municipality sees nothing of this municipality's meetings and requests")
	void keepsMeetingsWithinTheMunicipality() throws Exception {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), HELD);
		var other = fixtures.newWorld();
		var officer = fixtures.user(Role.POLICY_OFFICER, other.municipality(), null);
		var provider = fixtures.user(Role.PROVIDER, other.municipality(), null);

		mvc.perform(get("/api/v1/steering/meetings/" + test.meetingId()).with(basic(provider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/steering/assignment-requests/" + test.requestId()).with(basic(provider)))
				.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/steering/meetings/" + test.meetingId() + "/items/" + test.itemId() + "/minutes"),
				officer, "{\"minutes\": \"Ingebroken.\"}")).andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/steering/assignment-requests/" + test.requestId() + "/decision"), officer,
				"{\"decision\": \"ACCEPTED\", \"reason\": \"x\", \"date\": \"2026-11-16\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/sturing/overleg/" + test.meetingId()).session(TestFixtures.login(mvc, provider)))
				.andExpect(status().isNotFound());

		assertThat(GovernanceTestData.count(jdbc, "select count(*) from steering_agenda_item where minutes <> '' and id = ?",
				test.itemId())).isZero();
	}

	private CurrentUser userWith(Role role, World world) {
		return fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
	}
}
