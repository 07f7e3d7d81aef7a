package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MON-5: a municipality with a product, a provider with a contract and a tariff, a policy officer, a youth
 * professional of the first team and a provider's account, for deciding allocations whose care has ended or not
 * ("today" in tests is 16 November 2026).
 */
record AftercareSetting(MockMvc mvc, Applications applications, TestFixtures.World world, CurrentUser keeper,
		CurrentUser professional, CurrentUser providerUser, String product, String provider) {

	static AftercareSetting create(MockMvc mvc, TestFixtures fixtures, Applications applications) throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		api.tariff(keeper, api.contract(keeper, provider, true, true, product), product, "10,00", "2026-01-01", "");
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", provider),
				"{\"username\":\"" + providerUser.username() + "\"}")).andExpect(status().isOk());
		return new AftercareSetting(mvc, applications, world, keeper, professional, providerUser, product, provider);
	}

	/** An allocation decided for the young person with this BSN, from {@code from} to {@code until} (ISO dates). */
	long decide(String bsn, String from, String until) throws Exception {
		var helpRequest = applications.applied(professional, bsn);
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"%s","validUntil":"%s"}"""
				.formatted(product, provider, from, until))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk());
		var body = mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.allocations[0].number")).longValue();
	}

	/** An allocation whose care ended on 31 October 2026 (its last day has passed). */
	long ended(String bsn) throws Exception {
		return decide(bsn, "2026-06-01", "2026-10-31");
	}

	/** An allocation whose care still runs (4 January to 28 March 2027). */
	long running(String bsn) throws Exception {
		return decide(bsn, "2027-01-04", "2027-03-28");
	}
}
