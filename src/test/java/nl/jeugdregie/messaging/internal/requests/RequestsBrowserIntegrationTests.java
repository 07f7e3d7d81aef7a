package nl.jeugdregie.messaging.internal.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * TOEW-7 (ADR 0048): a case worker walks a provider's request from the worklist to a declined answer (JW319) in a
 * real browser at desktop and phone width: choose, check, send; a missing reason shows the error summary.
 */
@IntegrationTest
class RequestsBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("TOEW-7, OP274: from the worklist 'Verzoeken van aanbieders' to a declined request (JW319) at 1280 and 390 px")
	void walksARequestToItsAnswer(int width) throws Exception {
		var w = RequestWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		mvc.perform(post("/api/v1/ijw/messages").with(TestFixtures.api(w.provider())).contentType(MediaType.APPLICATION_XML)
				.content(w.changeRequest("VOW1", "REF-W1").getBytes(StandardCharsets.UTF_8)));
		browser.page().setViewportSize(width, 900);
		browser.loginAs(w.professional());
		var page = browser.page();

		if (width < 800) {
			page.locator("#menu summary").click();
		}
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verzoeken").setExact(true)).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Verzoeken van aanbieders");
		assertThat(page.locator("#lijst tbody tr")).hasCount(1);
		assertThat(page.locator("#lijst tbody tr").first()).containsText("Nog te beantwoorden");
		browser.checkPage("messaging-requests-" + width);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijziging REF-W1")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Verzoek REF-W1");
		assertThat(page.locator("main")).containsText("Verzoek om wijziging (JW317)");
		browser.checkPage("messaging-request-" + width);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verzoek beantwoorden")).click();
		page.getByLabel("Verzoek afwijzen").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page).hasTitle("Fout: Verzoek REF-W1 beantwoorden – Jeugdregie");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies de reden van de afwijzing");
		browser.checkPage("messaging-request-answer-error-" + width);

		page.getByLabel("Verzoek afwijzen").check();
		page.getByLabel("Reden van de afwijzing").selectOption("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer het antwoord en verstuur het");
		assertThat(page.locator("main")).containsText("Geen contract");
		browser.checkPage("messaging-request-answer-check-" + width);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, antwoord versturen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is verstuurd naar de aanbieder");
		assertThat(page.locator("main")).containsText("Verzoek afgewezen: Geen contract");
		browser.checkPage("messaging-request-answered-" + width);
		assertThat(jdbc.sql("select count(*) from messaging_message where municipality_code = ? and type = 'JW319'")
				.param(w.municipality()).query(Long.class).single()).isEqualTo(1);
	}
}
