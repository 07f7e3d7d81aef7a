package nl.jeugdregie.platform.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** BEY-5: the REST API is documented by an OpenAPI document generated from the code. */
@IntegrationTest
class ApiDocumentationIntegrationTests {

	@Autowired MockMvc mvc;

	@Test
	void publishesTheOpenApiDocumentForEveryEndpointOfTheSlice() throws Exception {
		mvc.perform(get("/v3/api-docs"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.openapi").exists())
				.andExpect(jsonPath("$.servers[0].url").value("/api/v1"))
				.andExpect(jsonPath("$.paths", hasKey("/help-requests")))
				.andExpect(jsonPath("$.paths", hasKey("/help-requests/{id}")))
				.andExpect(jsonPath("$.paths", hasKey("/help-requests/{id}/first-conversation")))
				.andExpect(jsonPath("$.paths", hasKey("/worklist")))
				.andExpect(jsonPath("$.paths", hasKey("/reports/monthly-waiting-term")))
				.andExpect(jsonPath("$.paths", hasKey("/policy/norms")))
				.andExpect(jsonPath("$.paths", hasKey("/audit/verification")));
	}
}
