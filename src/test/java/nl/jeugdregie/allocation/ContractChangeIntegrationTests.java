package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15: changing and ending a contract, on the version shown (TOEW-3). */
@IntegrationTest
@DisplayName("Issue 15: changing and ending a contract with optimistic locking and a check step (TOEW-3)")
class ContractChangeIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	@DisplayName("TOEW-3: a contract change names the version; a second change on the same version gets 409; an end before the start is refused")
	void changesAContractOnItsVersion() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var contract = api.contract(keeper, api.provider(keeper, "Zorggroep Maasland", "98000011"), true, true, product);
		var change = "{\"inRegion\":false,\"bridgingCare\":true,\"terms\":\"Artikel 5: nieuw\",\"validUntil\":\"2027-06-30\"}";

		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}", contract), change))
				.andExpect(status().isPreconditionRequired());
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}", contract).header("If-Match", "\"0\""),
						"{\"validUntil\":\"2025-12-31\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}", contract).header("If-Match", "\"0\""), change))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.inRegion").value(false))
				.andExpect(jsonPath("$.validUntil").value("2027-06-30"));
		mvc.perform(json(keeper, put("/api/v1/allocation/contracts/{id}", contract).header("If-Match", "\"0\""), change))
				.andExpect(status().isConflict());
	}

	@Test
	@DisplayName("TOEW-3: ending a contract on screen goes through a check step; a stale page is told someone else changed it")
	void endsAContractThroughACheckStep() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var contract = api.contract(keeper, api.provider(keeper, "Zorggroep Maasland", "98000011"), true, true, product);
		var session = TestFixtures.login(mvc, keeper);

		mvc.perform(get("/toewijzing/contracten/{id}/wijzigen", contract).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("31-12-2027")));
		mvc.perform(post("/toewijzing/contracten/{id}/wijzigen", contract).session(session).with(csrf())
						.param("version", "0").param("inRegion", "true").param("bridgingCare", "true").param("terms", "Artikel 4")
						.param("validUntil", "30-6-2027"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Controleer het einde van het contract")));
		mvc.perform(post("/toewijzing/contracten/{id}/wijzigen/bevestigen", contract).session(session).with(csrf())
						.param("version", "0").param("inRegion", "true").param("bridgingCare", "true").param("terms", "Artikel 4")
						.param("validUntil", "30-6-2027"))
				.andExpect(redirectedUrl("/toewijzing/contracten/" + contract));
		mvc.perform(post("/toewijzing/contracten/{id}/wijzigen/bevestigen", contract).session(session).with(csrf())
						.param("version", "0").param("inRegion", "true").param("bridgingCare", "true").param("terms", "Artikel 4")
						.param("validUntil", "30-6-2027"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Iemand anders heeft dit contract net gewijzigd")));
		mvc.perform(get("/toewijzing/contracten/{id}", contract).session(session))
				.andExpect(content().string(containsString("tot en met 30-6-2027")));
	}
}
