package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and changes the municipality's assignment: policy officers and administrators view and edit, providers
 * view, case workers get 403; a user never sees another municipality's assignment.
 */
@IntegrationTest
class SteeringAccessIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);
	static final Set<Role> EDITORS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);
	static final String REASSESSMENT = """
			{"probability": 3, "damage": 2, "note": "Jongeren komen nu ook in het weekend laat samen."}""";
	static final String LINE = """
			{"label": "Extra activiteiten", "category": "ACTIVITY_BUDGET", "fte": "", "amount": "500,00"}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-1: the steering screens open for policy officers, administrators and providers only")
	void showsTheSteeringScreensToReadersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var assignment = SteeringTestData.create(jdbc, world.municipality());
		var session = TestFixtures.login(mvc, userWith(role, world));
		var expected = READERS.contains(role) ? 200 : 403;

		mvc.perform(get("/sturing").session(session)).andExpect(status().is(expected));
		mvc.perform(get("/sturing/werksoorten/" + assignment.typeOfWorkId()).session(session))
				.andExpect(status().is(expected));
		mvc.perform(get("/sturing/risicos").session(session)).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-1: the steering API answers policy officers, administrators and providers only")
	void answersTheSteeringApiForReadersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var assignment = SteeringTestData.create(jdbc, world.municipality());
		var user = userWith(role, world);
		var expected = READERS.contains(role) ? 200 : 403;

		mvc.perform(get("/api/v1/steering/assignment").with(basic(user))).andExpect(status().is(expected));
		mvc.perform(get("/api/v1/steering/types-of-work/" + assignment.typeOfWorkId()).with(basic(user)))
				.andExpect(status().is(expected));
		mvc.perform(get("/api/v1/steering/risks").with(basic(user))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-3, STU-4: only policy officers and administrators re-assess risks and add lines over the API")
	void letsOnlyEditorsChangeTheAssignmentOverTheApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var assignment = SteeringTestData.create(jdbc, world.municipality());
		var user = userWith(role, world);
		var expected = EDITORS.contains(role) ? 201 : 403;

		mvc.perform(post("/api/v1/steering/risks/" + assignment.riskId() + "/assessments").with(basic(user))
						.contentType(MediaType.APPLICATION_JSON).content(REASSESSMENT))
				.andExpect(status().is(expected));
		mvc.perform(post("/api/v1/steering/types-of-work/" + assignment.typeOfWorkId() + "/financing-lines")
						.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(LINE))
				.andExpect(status().is(expected));

		var saved = EDITORS.contains(role) ? 1 : 0;
		assertThat(SteeringTestData.reassessments(jdbc, assignment.riskId())).isEqualTo(saved);
		assertThat(SteeringTestData.lines(jdbc, assignment.assignmentId())).isEqualTo(1 + saved);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-3, STU-4: only policy officers and administrators use the forms on the steering screens")
	void acceptsTheSteeringFormsFromEditorsOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var assignment = SteeringTestData.create(jdbc, world.municipality());
		var session = TestFixtures.login(mvc, userWith(role, world));

		var reassess = mvc.perform(post("/sturing/risicos/herbeoordeling").session(session).with(csrf())
				.param("riskId", String.valueOf(assignment.riskId())).param("probability", "3").param("damage", "2")
				.param("note", "Vaker overlast gemeld."));
		var addLine = mvc.perform(post("/sturing/werksoorten/" + assignment.typeOfWorkId() + "/financiering")
				.session(session).with(csrf()).param("label", "Extra activiteiten").param("category", "ACTIVITY_BUDGET")
				.param("fte", "").param("amount", "500,00"));

		if (EDITORS.contains(role)) {
			reassess.andExpect(status().isFound()).andExpect(redirectedUrl("/sturing/risicos"));
			addLine.andExpect(status().isFound())
					.andExpect(redirectedUrl("/sturing/werksoorten/" + assignment.typeOfWorkId()));
		}
		else {
			reassess.andExpect(status().isForbidden());
			addLine.andExpect(status().isForbidden());
		}
		var saved = EDITORS.contains(role) ? 1 : 0;
		assertThat(SteeringTestData.reassessments(jdbc, assignment.riskId())).isEqualTo(saved);
		assertThat(SteeringTestData.lines(jdbc, assignment.assignmentId())).isEqualTo(1 + saved);
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		var world = fixtures.newWorld();
		var assignment = SteeringTestData.create(jdbc, world.municipality());
		var session = TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));

		mvc.perform(post("/sturing/risicos/herbeoordeling").session(session)
						.param("riskId", String.valueOf(assignment.riskId())).param("probability", "3").param("damage", "2")
						.param("note", "Zonder token."))
				.andExpect(status().isForbidden());

		assertThat(SteeringTestData.reassessments(jdbc, assignment.riskId())).isZero();
	}

	@Test
	void keepsAnonymousVisitorsOut() throws Exception {
		mvc.perform(get("/api/v1/steering/assignment")).andExpect(status().isUnauthorized());
		mvc.perform(get("/sturing")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inloggen"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "POLICY_OFFICER", "ADMINISTRATOR", "PROVIDER" })
	@DisplayName("STU-1: a user of another municipality sees its own, empty overview and nothing of Oss")
	void showsAnotherMunicipalityItsOwnEmptyOverviewAndNothingOfOss(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = fixtures.user(role, world.municipality(), null);
		var ossTypeOfWork = ossId("select min(t.id) from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id where a.municipality_code = '0828'");

		mvc.perform(get("/api/v1/steering/assignment").with(basic(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.municipality").value(world.municipality().value()))
				.andExpect(jsonPath("$.assignment").value(Matchers.nullValue()))
				.andExpect(jsonPath("$.typesOfWork").isEmpty());
		mvc.perform(get("/api/v1/steering/risks").with(basic(user)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.risks").isEmpty());
		mvc.perform(get("/api/v1/steering/types-of-work/" + ossTypeOfWork).with(basic(user)))
				.andExpect(status().isNotFound());

		var session = TestFixtures.login(mvc, user);
		mvc.perform(get("/sturing").session(session)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("nog geen opdracht")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("ONS welzijn"))));
		mvc.perform(get("/sturing/risicos").session(session)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("Sociaal raadsliedenwerk"))));
		mvc.perform(get("/sturing/werksoorten/" + ossTypeOfWork).session(session)).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("STU-3, STU-7: an editor of another municipality changes nothing of Oss's assignment")
	void keepsAnotherMunicipalitysEditorFromChangingOss() throws Exception {
		var world = fixtures.newWorld();
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var ossTypeOfWork = ossId("select min(t.id) from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id where a.municipality_code = '0828'");
		var ossRisk = ossId("select min(r.id) from steering_risk r join steering_type_of_work t on t.id = r.type_of_work_id join steering_assignment a on a.id = t.assignment_id where a.municipality_code = '0828'");

		mvc.perform(post("/api/v1/steering/risks/" + ossRisk + "/assessments").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON).content(REASSESSMENT))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/steering/types-of-work/" + ossTypeOfWork + "/financing-lines").with(basic(officer))
						.contentType(MediaType.APPLICATION_JSON).content(LINE))
				.andExpect(status().isNotFound());
		mvc.perform(post("/sturing/werksoorten/" + ossTypeOfWork + "/financiering").session(TestFixtures.login(mvc, officer))
						.with(csrf()).param("label", "x").param("category", "OTHER").param("amount", "1,00"))
				.andExpect(status().isNotFound());

		assertThat(SteeringTestData.reassessments(jdbc, ossRisk)).isZero();
	}

	private long ossId(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private CurrentUser userWith(Role role, World world) {
		var user = fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
		if (role == Role.PROVIDER) {
			// A provider sees only the assignment its account is linked to (see SteeringNormsAccessIntegrationTests).
			jdbc.sql("""
					insert into steering_provider_account (username, assignment_id)
					select ?, max(id) from steering_assignment where municipality_code = ?""")
					.params(user.username(), world.municipality().value()).update();
		}
		return user;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
