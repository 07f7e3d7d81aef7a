package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who reaches the norm screens and endpoints (STU-5): policy officers, administrators and the provider's account
 * holder read; the provider and the municipality deliver figures and cause analyses; only the municipality closes a
 * quarter; case workers get 403. A provider sees only the assignment its account is linked to.
 */
@IntegrationTest
class SteeringNormsAccessIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);
	static final Set<Role> EDITORS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-5: the norm screens and API answer policy officers, administrators and providers only")
	void showsTheNormsToReadersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var user = userWith(role, world, norms);
		var expected = READERS.contains(role) ? 200 : 403;
		var session = TestFixtures.login(mvc, user);

		mvc.perform(get("/sturing/normen").session(session)).andExpect(status().is(expected));
		mvc.perform(get("/sturing/normen/" + norms.closedWithinSixMonths()).session(session))
				.andExpect(status().is(expected));
		mvc.perform(get("/api/v1/steering/norms").with(basic(user))).andExpect(status().is(expected));
		mvc.perform(get("/api/v1/steering/norms/" + norms.closedWithinSixMonths()).with(basic(user)))
				.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-5: the provider and the municipality deliver figures, cause analyses and CSV files; case workers cannot")
	void letsTheProviderAndTheMunicipalityDeliver(Role role) throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var user = userWith(role, world, norms);
		var created = READERS.contains(role) ? 201 : 403;

		mvc.perform(post("/api/v1/steering/norms/" + norms.districtAreas() + "/figures").with(basic(user))
						.contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2026-K3\", \"value\": \"10\"}"))
				.andExpect(status().is(created));
		mvc.perform(post("/api/v1/steering/norms/" + norms.districtAreas() + "/cause-analyses").with(basic(user))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"period\": \"2026-K3\", \"analysis\": \"Een wijkgebied zonder vrijwilliger.\"}"))
				.andExpect(status().is(created));
		mvc.perform(multipart("/api/v1/steering/norms/figures")
						.file(new MockMultipartFile("file", "c.csv", "text/csv",
								"norm;periode;waarde\nTST-1;2026-K3;90\n".getBytes(StandardCharsets.UTF_8)))
						.file(new MockMultipartFile("evidence", "r.pdf", "application/pdf", new byte[] { 1 }))
						.with(basic(user)))
				.andExpect(status().is(created));

		var session = TestFixtures.login(mvc, user);
		mvc.perform(multipart("/sturing/normen/" + norms.districtAreas() + "/cijfers").param("period", "2026-K2")
						.param("value", "11").session(session).with(csrf()))
				.andExpect(status().is(READERS.contains(role) ? 302 : 403));
		assertThat(SteeringNormTestData.figures(jdbc, norms.districtAreas())).isEqualTo(READERS.contains(role) ? 2 : 0);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-5: only policy officers and administrators add norms and close a quarter")
	void letsOnlyTheMunicipalityCloseAQuarter(Role role) throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var user = userWith(role, world, norms);

		var condition = jdbc.sql("select id from steering_core_condition where type_of_work_id = ?")
				.param(norms.assignment().typeOfWorkId()).query(Long.class).single();
		mvc.perform(post("/api/v1/steering/norms").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"coreConditionId\": " + condition + ", \"code\": \"TST-8\", \"description\": \"Norm\", "
								+ "\"kind\": \"COUNT_AT_LEAST\", \"target\": \"3\", \"period\": \"YEAR\", \"effectiveFrom\": \"2026-01-01\"}"))
				.andExpect(status().is(EDITORS.contains(role) ? 201 : 403));
		mvc.perform(post("/api/v1/steering/norms/closed-quarters").with(basic(user))
						.contentType(MediaType.APPLICATION_JSON).content("{\"quarter\": \"2026-K2\"}"))
				.andExpect(status().is(EDITORS.contains(role) ? 201 : 403));
		mvc.perform(post("/sturing/normen/kwartaal-afsluiten").param("quarter", "2026-K1")
						.session(TestFixtures.login(mvc, user)).with(csrf()))
				.andExpect(status().is(EDITORS.contains(role) ? 302 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-4, STU-7: readers see the actuals, the provider and the municipality deliver them, only the municipality changes lines")
	void guardsActualsAndLineChangesPerRole(Role role) throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var user = userWith(role, world, norms);
		var line = jdbc.sql("select min(id) from steering_financing_line where assignment_id = ?")
				.param(norms.assignment().assignmentId()).query(Long.class).single();
		var reader = READERS.contains(role);

		mvc.perform(get("/api/v1/steering/actuals").with(basic(user))).andExpect(status().is(reader ? 200 : 403));
		mvc.perform(get("/sturing/realisatie").session(TestFixtures.login(mvc, user)))
				.andExpect(status().is(reader ? 200 : 403));
		mvc.perform(post("/api/v1/steering/actuals").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"lineId\": " + line + ", \"halfYear\": \"2026-H1\", \"amount\": \"4.500,00\"}"))
				.andExpect(status().is(reader ? 201 : 403));
		mvc.perform(put("/api/v1/steering/financing-lines/" + line).with(basic(user))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"label\": \"Jongerenwerkers\", \"category\": \"STAFF\", \"amount\": \"8.000,00\"}"))
				.andExpect(status().is(EDITORS.contains(role) ? 204 : 403));
		mvc.perform(get("/sturing/financieringsregels/" + line).session(TestFixtures.login(mvc, user)))
				.andExpect(status().is(EDITORS.contains(role) ? 200 : 403));
	}

	@Test
	@DisplayName("STU-5: a provider without a linked assignment, or linked to another, sees none of these norms")
	void hidesOtherAssignmentsFromAProvider() throws Exception {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var unlinked = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var other = fixtures.newWorld();
		var otherNorms = SteeringNormTestData.create(jdbc, other.municipality());
		var elsewhere = fixtures.user(Role.PROVIDER, other.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, elsewhere.username(), otherNorms.assignment().assignmentId());

		mvc.perform(get("/api/v1/steering/norms").with(basic(unlinked)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/steering/norms/" + norms.districtAreas()).with(basic(unlinked)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/steering/norms/" + norms.districtAreas()).with(basic(elsewhere)))
				.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/steering/norms/" + norms.districtAreas() + "/figures").with(basic(elsewhere))
						.contentType(MediaType.APPLICATION_JSON).content("{\"period\": \"2026-K3\", \"value\": \"10\"}"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/sturing/normen/" + norms.districtAreas()).session(TestFixtures.login(mvc, elsewhere)))
				.andExpect(status().isNotFound());
		assertThat(SteeringNormTestData.figures(jdbc, norms.districtAreas())).isZero();

		// The assignment overview and its types of work follow the same link.
		mvc.perform(get("/api/v1/steering/assignment").with(basic(unlinked)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.assignment").value(org.hamcrest.Matchers.nullValue()));
		mvc.perform(get("/api/v1/steering/types-of-work/" + norms.assignment().typeOfWorkId()).with(basic(unlinked)))
				.andExpect(status().isNotFound());
		var linked = fixtures.user(Role.PROVIDER, world.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, linked.username(), norms.assignment().assignmentId());
		mvc.perform(get("/api/v1/steering/assignment").with(basic(linked)))
				.andExpect(jsonPath("$.assignment.provider").value("Testaanbieder"));
		mvc.perform(get("/api/v1/steering/types-of-work/" + norms.assignment().typeOfWorkId()).with(basic(linked)))
				.andExpect(status().isOk());
	}

	private CurrentUser userWith(Role role, World world, SteeringNormTestData.TestNorms norms) {
		var user = fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
		if (role == Role.PROVIDER) {
			SteeringNormTestData.linkProvider(jdbc, user.username(), norms.assignment().assignmentId());
		}
		return user;
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
