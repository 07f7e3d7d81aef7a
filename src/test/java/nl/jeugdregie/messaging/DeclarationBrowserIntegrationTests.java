package nl.jeugdregie.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.DeclarationMessagesIntegrationTests.Line;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 (BEY-5, ADR 0047): after a provider's JW323, the administrator reads the allocation's declared lines with
 * their source and the declaration line by line, approved or rejected and why, at phone and desktop width, checked
 * with axe-core.
 */
@IntegrationTest
class DeclarationBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("BEY-5: a JW323 with an approved and a rejected line, read on the allocation's declarations and the declaration's page")
	void readsADeclarationLineByLine(int width) throws Exception {
		var w = MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var n = w.allocationNumber();
		var xml = DeclarationMessagesIntegrationTests.jw323(w, "B" + width, "DB" + width, List.of(
				Line.ofMonth("RN001", n, 2), Line.ofMonth("RN002", n, 1).tariff(9000)));
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(xml.getBytes(StandardCharsets.UTF_8)))).andExpect(status().isOk());

		browser.page().setViewportSize(width, 900);
		browser.loginAs(w.admin());
		var page = browser.page();
		browser.open("/toewijzing/declaraties?nummer=" + n);
		assertThat(page.locator("table")).containsText("Declaratiebericht (JW323)");
		assertThat(page.locator("table")).containsText("DB" + width + ", regel RN001");
		browser.checkPage("declaration-allocation-lines-" + width);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Declaratieberichten")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Declaratieberichten");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DB" + width)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Declaratie DB" + width);
		assertThat(page.locator("main")).containsText("1 van 2 goedgekeurd");
		assertThat(page.locator("tbody tr").nth(1)).containsText("Afgewezen");
		assertThat(page.locator("tbody tr").nth(1)).containsText("Het tarief is niet het tarief uit het contract.");
		browser.checkPage("declaration-lines-" + width);
	}
}
