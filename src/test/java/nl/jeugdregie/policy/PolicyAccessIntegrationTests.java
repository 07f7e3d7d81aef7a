package nl.jeugdregie.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.TestFixtures.World;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** BEY-2: who may read and change a municipality's norms, over the REST API and on the norms screen. */
@IntegrationTest
class PolicyAccessIntegrationTests {

	static final String NEW_VALUE = """
			{"key": "TREATMENT_START_TERM", "amount": 3, "effectiveFrom": "2027-01-01", "note": "Raadsbesluit"}""";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired Norms norms;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("BEY-2: every role reads its municipality's norms over the API")
	void letsEveryRoleReadItsMunicipalitysNormsOverTheApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = userWith(role, world);

		mvc.perform(get("/api/v1/policy/norms").with(TestFixtures.api(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.municipality").value(world.municipality().value()))
				.andExpect(jsonPath("$.norms[0].key").value("TREATMENT_START_TERM"));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("BEY-2: only the administrator changes norms over the API")
	void letsOnlyTheAdministratorScheduleANormOverTheApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var user = userWith(role, world);

		mvc.perform(post("/api/v1/policy/norms").with(TestFixtures.api(user))
						.contentType(MediaType.APPLICATION_JSON).content(NEW_VALUE))
				.andExpect(status().is(role == Role.ADMINISTRATOR ? 201 : 403));

		assertThat(rowsOf(world.municipality())).isEqualTo(role == Role.ADMINISTRATOR ? 1 : 0);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void showsTheNormsScreenToAdministratorsAndPolicyOfficersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var session = logIn(userWith(role, world));

		var mayView = role == Role.ADMINISTRATOR || role == Role.POLICY_OFFICER;
		mvc.perform(get("/beheer/normen").session(session)).andExpect(status().is(mayView ? 200 : 403));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("BEY-2: only the administrator changes norms on the norms screen")
	void acceptsTheNormsFormFromTheAdministratorOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var session = logIn(userWith(role, world));

		var response = mvc.perform(formPost("TREATMENT_START_TERM").session(session).with(csrf()));

		if (role == Role.ADMINISTRATOR) {
			response.andExpect(status().isFound()).andExpect(redirectedUrl("/beheer/normen"));
		} else {
			response.andExpect(status().isForbidden());
		}
		assertThat(rowsOf(world.municipality())).isEqualTo(role == Role.ADMINISTRATOR ? 1 : 0);
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		var world = fixtures.newWorld();
		var session = logIn(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));

		mvc.perform(formPost("TREATMENT_START_TERM").session(session)).andExpect(status().isForbidden());

		assertThat(rowsOf(world.municipality())).isZero();
	}

	@Test
	void keepsAnonymousVisitorsOut() throws Exception {
		mvc.perform(get("/api/v1/policy/norms")).andExpect(status().isUnauthorized());
		mvc.perform(get("/beheer/normen")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inloggen"));
	}

	@Test
	@DisplayName("BEY-2: an administrator changes only their own municipality's norms")
	void keepsAnotherMunicipalitysAdministratorFromChangingThisOnesNorms() throws Exception {
		var here = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var otherAdministrator = fixtures.user(Role.ADMINISTRATOR, elsewhere.municipality(), null);

		mvc.perform(post("/api/v1/policy/norms").with(TestFixtures.api(otherAdministrator))
						.contentType(MediaType.APPLICATION_JSON).content(NEW_VALUE))
				.andExpect(status().isCreated());
		mvc.perform(formPost("MAX_CONVERSATIONS").session(logIn(otherAdministrator)).with(csrf()))
				.andExpect(status().isFound());

		assertThat(rowsOf(here.municipality())).isZero();
		var later = LocalDate.of(2027, 6, 1);
		assertThat(norms.inEffect(here.municipality(), NormKey.TREATMENT_START_TERM, later).amount()).isEqualTo(2);
		assertThat(norms.inEffect(elsewhere.municipality(), NormKey.TREATMENT_START_TERM, later).amount()).isEqualTo(3);
		mvc.perform(get("/api/v1/policy/norms").with(TestFixtures.api(otherAdministrator)))
				.andExpect(jsonPath("$.municipality").value(elsewhere.municipality().value()));
	}

	private static MockHttpServletRequestBuilder formPost(String key) {
		return post("/beheer/normen").param("key", key).param("amount", "3")
				.param("effectiveFrom", "2027-01-01").param("note", "Raadsbesluit");
	}

	private CurrentUser userWith(Role role, World world) {
		return fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
	}

	private MockHttpSession logIn(CurrentUser user) throws Exception {
		return TestFixtures.pastSecondStep((MockHttpSession) mvc.perform(formLogin("/inloggen").user(user.username()).password(TestFixtures.PASSWORD))
				.andExpect(redirectedUrl("/"))
				.andReturn().getRequest().getSession(false));
	}

	private long rowsOf(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from norm_setting where municipality_code = ?").param(municipality.value())
				.query(Long.class).single();
	}
}
