package nl.jeugdregie.allocation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MON-5: the professional finds the ended allocations without an aftercare decision, records one (after an error),
 * sees the banner and the section, and changes it; pages checked with axe-core at 1280 and 390 px.
 */
@IntegrationTest
class AftercareBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("MON-5: recording and changing aftercare on screen from the overview's count, with error summary and banner, at 1280 and 390 px")
	void recordsAftercareOnScreen() throws Exception {
		var s = AftercareSetting.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var ended = s.ended("999900018");
		var running = s.running("999900031");
		var page = browser.page();

		browser.loginAs(s.professional());
		browser.open("/toewijzing/aanvragen");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nazorg nog vast te leggen: 1 toewijzing van uw team")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nazorg nog vast te leggen");
		browser.checkPage("aftercare-to-record");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(String.valueOf(ended)).setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nazorg bij toewijzing " + ended);
		browser.checkPage("aftercare-form");

		// Another party without its name: the error summary and the message next to the field.
		page.getByLabel("Nazorg door een andere partij").check();
		page.getByLabel("Vanaf welke datum?").fill("1-12-2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page).hasTitle(Pattern.compile("^Fout: "));
		assertThat(page.locator(".jr-error-summary")).containsText("Vul in welke partij de nazorg geeft.");
		assertThat(page.locator("#party-fout")).containsText("Vul in welke partij de nazorg geeft.");
		browser.checkPage("aftercare-form-errors");
		page.getByLabel("Welke partij geeft de nazorg?").fill("Wijkteam Oost");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("[role=status]")).containsText("is opgeslagen: Nazorg door een andere partij (Wijkteam Oost) vanaf 1-12-2026");
		assertThat(page.locator("#nazorg")).containsText("Wijkteam Oost");
		browser.checkPage("aftercare-recorded");

		// Changed: no aftercare needed after all.
		page.locator("#nazorg").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Wijzigen nazorg")).click();
		assertThat(page.getByLabel("Nazorg door een andere partij")).isChecked();
		page.getByLabel("Geen nazorg nodig").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("[role=status]")).containsText("is opgeslagen: Geen nazorg nodig");
		assertThat(page.locator("#nazorg")).containsText("Geen nazorg nodig");

		browser.open("/toewijzing/toewijzingen/" + running);
		assertThat(page.locator("#nazorg")).containsText("U kunt nazorg vastleggen als de zorg is afgelopen");
		browser.checkPage("aftercare-not-yet");

		page.setViewportSize(390, 844);
		for (var path : new String[] { "/toewijzing/nazorg", "/toewijzing/toewijzingen/" + ended + "/nazorg",
				"/toewijzing/toewijzingen/" + ended }) {
			browser.open(path);
			org.assertj.core.api.Assertions.assertThat((Boolean) page
					.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isTrue();
		}
		browser.open("/toewijzing/toewijzingen/" + ended + "/nazorg");
		browser.checkPage("aftercare-form-390");
		browser.open("/toewijzing/toewijzingen/" + ended);
		browser.checkPage("aftercare-section-390");
		browser.assertNoConsoleErrors();
	}
}
