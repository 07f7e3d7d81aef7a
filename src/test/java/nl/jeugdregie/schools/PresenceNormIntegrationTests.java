package nl.jeugdregie.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** OND-2 (ADR 0041): the policy officer keeps the presence norms per type of education with effective dates. */
@IntegrationTest
@DisplayName("Issue 17: presence norms kept on screen and in the API (OND-2)")
class PresenceNormIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired Clock clock;

	@Test
	@DisplayName("OND-2: the policy officer sets a norm from today on screen; it overrides the default from that day")
	void setsANormOnScreen() throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var today = LocalDate.now(clock);

		mvc.perform(post("/scholen/normen").session(session).with(csrf()).param("subject", "PRIMARY")
						.param("minimum", "2").param("period", "MONTH").param("effectiveFrom", today.minusDays(1).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<title>Fout: Normen voor aanwezigheid")))
				.andExpect(content().string(containsString("mag niet in het verleden liggen")));
		mvc.perform(post("/scholen/normen").session(session).with(csrf()).param("subject", "PRIMARY")
						.param("minimum", "veel").param("period", "").param("effectiveFrom", today.toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Vul een aantal contacten in van 1 tot en met 31.")))
				.andExpect(content().string(containsString("Kies per week of per maand.")));
		assertThat(ownNorms(world.municipality())).isZero();

		mvc.perform(post("/scholen/normen").session(session).with(csrf()).param("subject", "PRIMARY")
						.param("minimum", "2").param("period", "MONTH").param("effectiveFrom", today.toString()))
				.andExpect(status().is3xxRedirection());
		// Sent twice: the same subject and date replace, nothing doubles.
		mvc.perform(post("/scholen/normen").session(session).with(csrf()).param("subject", "PRIMARY")
						.param("minimum", "2").param("period", "MONTH").param("effectiveFrom", today.toString()))
				.andExpect(status().is3xxRedirection());
		assertThat(ownNorms(world.municipality())).isOne();
		mvc.perform(get("/scholen/normen").session(session))
				.andExpect(content().string(containsString("minimaal 2 keer per maand")))
				.andExpect(content().string(containsString("Gemeente")));
	}

	@Test
	@DisplayName("OND-2: a planned norm through the API; other roles and other municipalities do not see or change it")
	void plansANormThroughTheApi() throws Exception {
		var world = fixtures.newWorld();
		var policy = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var elsewhere = fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null);
		var from = LocalDate.now(clock).plusMonths(1);
		var body = "{\"subject\":\"SECONDARY\",\"period\":\"WEEK\",\"minimum\":2,\"effectiveFrom\":\"" + from + "\"}";

		mvc.perform(post("/api/v1/schools/norms").with(SchoolsApiIntegrationTests.basic(lead))
				.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/schools/norms").with(SchoolsApiIntegrationTests.basic(policy))
						.contentType(MediaType.APPLICATION_JSON).content(body.replace("\"minimum\":2", "\"minimum\":40")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("minimum"));
		mvc.perform(post("/api/v1/schools/norms").with(SchoolsApiIntegrationTests.basic(policy))
						.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.minimum").value(2));
		mvc.perform(get("/api/v1/schools/norms/planned").with(SchoolsApiIntegrationTests.basic(lead)))
				.andExpect(jsonPath("$[0].subject").value("SECONDARY"))
				.andExpect(jsonPath("$[0].effectiveFrom").value(from.toString()));
		// Not in force yet: today the default still applies.
		mvc.perform(get("/api/v1/schools/norms").with(SchoolsApiIntegrationTests.basic(lead)))
				.andExpect(jsonPath("$[?(@.subject=='SECONDARY')].isDefault").value(org.hamcrest.Matchers.hasItem(true)));
		mvc.perform(get("/api/v1/schools/norms/planned").with(SchoolsApiIntegrationTests.basic(elsewhere)))
				.andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(0)));
	}

	private long ownNorms(MunicipalityCode municipality) {
		return jdbc.sql("select count(*) from school_presence_norm where municipality_code = ?")
				.param(municipality.value()).query(Long.class).single();
	}
}
