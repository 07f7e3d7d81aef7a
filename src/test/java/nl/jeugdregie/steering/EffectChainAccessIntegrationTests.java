package nl.jeugdregie.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * STU-2: who reads and who changes the effect chain and its indicators. Policy officers, administrators and providers
 * (of the assignment) read; only the municipality's policy officer changes; case workers get 403; another
 * municipality's chain or indicator answers 404.
 */
@IntegrationTest
class EffectChainAccessIntegrationTests {

	static final Set<Role> READERS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);
	static final String INDICATOR = "{\"name\": \"Bereik\", \"target\": \"50\", \"version\": 0}";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	record Setup(SteeringTestData.TestAssignment test, long goal, long indicator) {}

	private Setup setup(World world) {
		var test = SteeringTestData.create(jdbc, world.municipality());
		var goal = EffectChainTestData.goal(jdbc, test.typeOfWorkId());
		return new Setup(test, goal, EffectChainTestData.indicator(jdbc, goal, "Jongeren in beeld", null));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-2: the effect chain and its indicators are read by policy officers, administrators and providers")
	void answersTheEffectChainApiToReadersOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var setup = setup(world);
		var user = userWith(role, world);
		var expected = READERS.contains(role) ? 200 : 403;

		mvc.perform(get("/api/v1/steering/types-of-work/" + setup.test().typeOfWorkId() + "/effect-chain")
				.with(basic(user))).andExpect(status().is(expected));
		mvc.perform(get("/api/v1/steering/indicators/" + setup.indicator()).with(basic(user)))
				.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-2: only the policy officer changes the effect chain and the indicators over the API")
	void letsOnlyThePolicyOfficerChangeOverTheApi(Role role) throws Exception {
		var world = fixtures.newWorld();
		var setup = setup(world);
		var user = userWith(role, world);
		var type = setup.test().typeOfWorkId();
		var officer = role == Role.POLICY_OFFICER;

		mvc.perform(json(put("/api/v1/steering/types-of-work/" + type + "/effect-chain"), user,
						"{\"impact\": \"Alle jongeren doen mee.\"}"))
				.andExpect(status().is(officer ? 204 : 403));
		mvc.perform(json(post("/api/v1/steering/types-of-work/" + type + "/goals/" + setup.goal() + "/indicators"),
						user, INDICATOR))
				.andExpect(status().is(officer ? 201 : 403));
		mvc.perform(json(put("/api/v1/steering/indicators/" + setup.indicator()), user, INDICATOR))
				.andExpect(status().is(officer ? 204 : 403));
		mvc.perform(delete("/api/v1/steering/indicators/" + setup.indicator()).with(basic(user)))
				.andExpect(status().is(officer ? 204 : 403));

		assertThat(EffectChainTestData.link(jdbc, type, "IMPACT")).isEqualTo(officer ? "Alle jongeren doen mee." : "");
		assertThat(jdbc.sql("select string_agg(name, ',' order by position) from steering_indicator where goal_id = ?")
				.param(setup.goal()).query(String.class).single())
				.isEqualTo(officer ? "Bereik" : "Jongeren in beeld");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("STU-2: the editing pages of the effect chain open, and take forms, for the policy officer only")
	void opensTheEditingPagesForThePolicyOfficerOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var setup = setup(world);
		var session = TestFixtures.login(mvc, userWith(role, world));
		var type = setup.test().typeOfWorkId();
		var officer = role == Role.POLICY_OFFICER;
		var page = officer ? 200 : 403;

		mvc.perform(get("/sturing/werksoorten/" + type + "/effectketen/outcome").session(session))
				.andExpect(status().is(page));
		mvc.perform(get("/sturing/werksoorten/" + type + "/doelen/" + setup.goal() + "/indicatoren/nieuw").session(session))
				.andExpect(status().is(page));
		mvc.perform(get("/sturing/indicatoren/" + setup.indicator()).session(session)).andExpect(status().is(page));
		mvc.perform(get("/sturing/indicatoren/" + setup.indicator() + "/verwijderen").session(session))
				.andExpect(status().is(page));

		var form = officer ? 302 : 403;
		mvc.perform(post("/sturing/werksoorten/" + type + "/effectketen/outcome").session(session).with(csrf())
				.param("text", "Jongeren doen mee.").param("version", "0")).andExpect(status().is(form));
		mvc.perform(post("/sturing/werksoorten/" + type + "/doelen/" + setup.goal() + "/indicatoren").session(session)
				.with(csrf()).param("name", "Bereik").param("normId", "").param("target", "50"))
				.andExpect(status().is(form));
		mvc.perform(post("/sturing/indicatoren/" + setup.indicator() + "/verwijderen").session(session).with(csrf())
				.param("version", "0")).andExpect(status().is(form));

		assertThat(EffectChainTestData.link(jdbc, type, "OUTCOME")).isEqualTo(officer ? "Jongeren doen mee." : "");
		assertThat(EffectChainTestData.indicators(jdbc, setup.goal())).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "POLICY_OFFICER", "ADMINISTRATOR", "PROVIDER" })
	@DisplayName("STU-2: every reader sees the chain on the type-of-work page, only the policy officer its Wijzigen links")
	void showsTheChangeLinksToThePolicyOfficerOnly(Role role) throws Exception {
		var world = fixtures.newWorld();
		var setup = setup(world);
		var session = TestFixtures.login(mvc, userWith(role, world));
		var links = Matchers.containsString("/effectketen/input");
		var indicatorLink = Matchers.containsString("/sturing/indicatoren/" + setup.indicator() + "\"");

		mvc.perform(get("/sturing/werksoorten/" + setup.test().typeOfWorkId()).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Indicator: Jongeren in beeld")))
				.andExpect(content().string(Matchers.containsString("Nog geen meting")))
				.andExpect(content().string(role == Role.POLICY_OFFICER ? links : Matchers.not(links)))
				.andExpect(content().string(role == Role.POLICY_OFFICER ? indicatorLink : Matchers.not(indicatorLink)));
	}

	@Test
	@DisplayName("STU-2: a policy officer of another municipality reads and changes nothing of Oss's effect chains")
	void keepsAnotherMunicipalityOutOfOss() throws Exception {
		var world = fixtures.newWorld();
		var officer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var ossType = ossId("select min(t.id) from steering_type_of_work t join steering_assignment a on a.id = t.assignment_id where a.municipality_code = '0828'");
		var ossGoal = ossId("select min(g.id) from steering_goal g where g.type_of_work_id = " + ossType);
		var ossIndicator = ossId("select min(i.id) from steering_indicator i join steering_goal g on g.id = i.goal_id join steering_type_of_work t on t.id = g.type_of_work_id join steering_assignment a on a.id = t.assignment_id where a.municipality_code = '0828'");
		var before = ossId("select count(*) from steering_indicator");

		mvc.perform(get("/api/v1/steering/types-of-work/" + ossType + "/effect-chain").with(basic(officer)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/steering/indicators/" + ossIndicator).with(basic(officer))).andExpect(status().isNotFound());
		mvc.perform(json(put("/api/v1/steering/types-of-work/" + ossType + "/effect-chain"), officer, "{\"impact\": \"x\"}"))
				.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/steering/types-of-work/" + ossType + "/goals/" + ossGoal + "/indicators"), officer,
				INDICATOR)).andExpect(status().isNotFound());
		mvc.perform(json(put("/api/v1/steering/indicators/" + ossIndicator), officer, INDICATOR))
				.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/steering/indicators/" + ossIndicator).with(basic(officer)))
				.andExpect(status().isNotFound());

		var session = TestFixtures.login(mvc, officer);
		mvc.perform(get("/sturing/werksoorten/" + ossType + "/effectketen/input").session(session))
				.andExpect(status().isNotFound());
		mvc.perform(get("/sturing/indicatoren/" + ossIndicator).session(session)).andExpect(status().isNotFound());
		mvc.perform(post("/sturing/werksoorten/" + ossType + "/effectketen/input").session(session).with(csrf())
				.param("text", "x")).andExpect(status().isNotFound());
		mvc.perform(post("/sturing/indicatoren/" + ossIndicator + "/verwijderen").session(session).with(csrf()))
				.andExpect(status().isNotFound());

		assertThat(ossId("select count(*) from steering_indicator")).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from steering_effect_chain_link where type_of_work_id = ? and text = 'x'")
				.param(ossType).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("STU-2: a provider reads only the effect chain of the assignment its account is linked to")
	void showsAProviderOnlyItsOwnAssignmentsChain() throws Exception {
		var world = fixtures.newWorld();
		var setup = setup(world);
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);

		mvc.perform(get("/api/v1/steering/types-of-work/" + setup.test().typeOfWorkId() + "/effect-chain")
				.with(basic(provider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/steering/indicators/" + setup.indicator()).with(basic(provider)))
				.andExpect(status().isNotFound());
	}

	private long ossId(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private CurrentUser userWith(Role role, World world) {
		var user = fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null);
		if (role == Role.PROVIDER) {
			SteeringNormTestData.linkProvider(jdbc, user.username(), jdbc.sql(
					"select max(id) from steering_assignment where municipality_code = ?")
					.param(world.municipality().value()).query(Long.class).single());
		}
		return user;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, CurrentUser user,
			String body) {
		return request.with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
