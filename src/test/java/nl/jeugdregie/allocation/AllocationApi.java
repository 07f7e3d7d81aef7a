package nl.jeugdregie.allocation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sets up allocation data through the REST API, as a municipality's policy officer would. */
record AllocationApi(MockMvc mvc) {

	static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestFixtures.api(user));
	}

	static MockHttpServletRequestBuilder json(CurrentUser user, MockHttpServletRequestBuilder request, String body) {
		return as(user, request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String product(CurrentUser keeper, String category, String code, String name, String unit, String frequency)
			throws Exception {
		return id(mvc.perform(json(keeper, post("/api/v1/allocation/products"), """
				{"category":"%s","code":"%s","name":"%s","unit":"%s","frequency":"%s"}""".formatted(category, code, name,
				unit, frequency))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
	}

	String provider(CurrentUser keeper, String name, String agb) throws Exception {
		return id(mvc.perform(json(keeper, post("/api/v1/allocation/providers"), """
				{"name":"%s","agbCode":"%s"}""".formatted(name, agb))).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString());
	}

	String contract(CurrentUser keeper, String provider, boolean bridgingCare, boolean inRegion, String... products)
			throws Exception {
		var ids = String.join("\",\"", products);
		return id(mvc.perform(json(keeper, post("/api/v1/allocation/providers/{id}/contracts", provider), """
				{"productIds":["%s"],"procurementRoute":"TENDERED","inRegion":%s,"bridgingCare":%s,
				 "terms":"Artikel 4: overbruggingszorg binnen 2 weken.","validFrom":"2026-01-01","validUntil":"2027-12-31"}"""
				.formatted(ids, inRegion, bridgingCare))).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString());
	}

	void tariff(CurrentUser keeper, String contract, String product, String amount, String from, String until)
			throws Exception {
		mvc.perform(json(keeper, post("/api/v1/allocation/contracts/{id}/tariffs", contract), """
				{"productId":"%s","amount":"%s","effectiveFrom":"%s","effectiveUntil":"%s"}""".formatted(product, amount,
				from, until))).andExpect(status().isCreated());
	}

	void waitingTime(CurrentUser reporter, String provider, String product, int weeks, String reportedOn) throws Exception {
		mvc.perform(json(reporter, post("/api/v1/allocation/waiting-times"), """
				{"providerId":"%s","productId":"%s","weeks":"%d","reportedOn":"%s"}""".formatted(provider, product, weeks,
				reportedOn))).andExpect(status().isCreated());
	}

	static String id(String json) {
		return JsonPath.read(json, "$.id");
	}
}
