package nl.jeugdregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19 item 6: a page that does not exist is "Niet gevonden" (404), one the role may not open "Geen toegang"
 * (403), as a Dutch page with a way back or as problem+json in the API; opening /error itself is not a 500.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	@DisplayName("Issue 19: an unknown page is 404 with a Dutch page; a page the role may not open stays 403")
	void answersAnUnknownPageWithNotFoundAndAForbiddenOneWithNoAccess() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var session = TestFixtures.login(mvc, professional);

		var unknown = mvc.perform(get("/bestaat-niet").session(session).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		var forbidden = mvc.perform(get("/beheer/audit").session(session).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);

		// The container's error dispatch, as a browser gets it: a Dutch page with a way back.
		var page = mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML)
						.requestAttr("jakarta.servlet.error.status_code", 404))
				.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(page.getContentAsString()).contains("<title>Niet gevonden – Jeugdregie</title>", "Naar de startpagina");
		var opened = mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		assertThat(opened.getStatus()).isEqualTo(404);
		var failed = mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML)
						.requestAttr("jakarta.servlet.error.status_code", 500))
				.andReturn().getResponse();
		assertThat(failed.getStatus()).isEqualTo(500);
		assertThat(failed.getContentAsString()).contains("Er ging iets mis").doesNotContain("Exception");
	}

	@Test
	@DisplayName("Issue 19: the API answers an unknown path with 404 and every error with problem+json")
	void answersTheApiWithProblemJson() throws Exception {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		var unknown = mvc.perform(get("/api/v1/bestaat-niet").with(TestFixtures.api(professional)))
				.andReturn().getResponse();
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		var forbidden = mvc.perform(get("/api/v1/audit/verification").with(TestFixtures.api(professional)))
				.andReturn().getResponse();
		assertThat(forbidden.getStatus()).isEqualTo(403);

		var failed = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
						.requestAttr("jakarta.servlet.error.status_code", 500))
				.andReturn().getResponse();
		assertThat(failed.getStatus()).isEqualTo(500);
		assertThat(failed.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(failed.getContentAsString()).contains("Er ging iets mis").doesNotContain("trace");
	}

	@Test
	@DisplayName("Issue 19: someone not signed in is sent to the login page, whether the page exists or not")
	void sendsSomeoneNotSignedInToTheLoginPage() throws Exception {
		assertThat(mvc.perform(get("/bestaat-niet")).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/beheer/audit")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}
}
