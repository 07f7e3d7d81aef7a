package nl.jeugdregie.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14 item 3 (ADR 0040): the idle session ends after 15 minutes; pages warn before, the login page says why. */
@IntegrationTest
class IdleSessionIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	@DisplayName("Issue 14.3: a request of an ended session goes to the login page, which says it ended after 15 minutes")
	void saysWhyTheSessionEnded() throws Exception {
		mvc.perform(get("/werklijst").with(request -> {
			request.setRequestedSessionId("verlopen-sessie");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/inloggen?verlopen"));
		mvc.perform(get("/inloggen").param("verlopen", ""))
				.andExpect(content().string(containsString("U bent uitgelogd omdat u 15 minuten niets heeft gedaan.")));
	}

	@Test
	@DisplayName("Issue 14.3: pages carry the idle period for the warning, and \"Blijf ingelogd\" keeps the session")
	void warnsAndKeepsTheSession() throws Exception {
		var world = fixtures.newWorld();
		var session = TestFixtures.login(mvc, fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team()));
		mvc.perform(get("/").session(session))
				.andExpect(content().string(containsString("id=\"sessie-melding\" aria-live=\"polite\"")))
				.andExpect(content().string(containsString("data-seconden=\"900\"")))
				.andExpect(content().string(containsString("Uitloggen")));
		mvc.perform(get("/sessie/verlengen").session(session)).andExpect(status().isNoContent());
		mvc.perform(get("/sessie/verlengen")).andExpect(status().is3xxRedirection());
	}
}
