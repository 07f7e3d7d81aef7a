package nl.jeugdregie.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 item 2 in the browser: the file summary, "Wijzigen" to the action's own page, an error shown there with
 * focus on the summary, and back to the file with the banner; at phone and desktop width.
 */
@IntegrationTest
class FileSummaryBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("Issue 13 item 2, TOE-6: file summary → 'Wijzigen' → action page (error, then saved) → the file "
			+ "with the banner; the back link leads to the file")
	void walksFromTheSummaryToAnActionPageAndBack(int width) {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var registered = (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Lina", "Jansen",
				LocalDate.of(2015, 6, 1), null, "Eva Jansen", "moeder", Channel.PHONE, Referrer.SCHOOL,
				"Lina wil niet naar school."), professional, Instant.parse("2026-11-02T09:00:00Z"));
		var file = "/hulpvragen/" + registered.id();
		var page = browser.page();
		page.setViewportSize(width, 844);
		browser.loginAs(professional);

		browser.open(file);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat moet er nu gebeuren?")))
				.isVisible();
		assertThat(page.locator("main form[method=post]")).hasCount(0);
		check("file-summary-" + width);

		link("Wijzigen contactafspraak");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Contactafspraak tijdens het wachten");
		org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo(file + "/contactafspraak");
		check("file-action-contact-agreement-" + width);

		page.getByLabel("Elke hoeveel dagen is er contact?").fill("0");
		button("Contactafspraak vastleggen");
		org.assertj.core.api.Assertions.assertThat(page.title()).startsWith("Fout: Contactafspraak tijdens het wachten");
		assertThat(page.locator(".jr-error-summary")).isFocused();
		assertThat(page.locator("#contactAgreement-everyDays-fout")).isVisible();
		check("file-action-contact-agreement-error-" + width);

		page.getByLabel("Elke hoeveel dagen is er contact?").fill("7");
		button("Contactafspraak vastleggen");
		org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo(file);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Contactafspraak vastgelegd");
		assertThat(page.locator("main")).containsText("Elke 7 dagen contact.");
		check("file-summary-saved-" + width);

		link("Toevoegen aantekening vraagverheldering");
		check("file-action-clarification-" + width);
		link("Terug naar hulpvraag " + registered.number());
		org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo(file);
	}

	private void link(String name) {
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private void button(String name) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private void check(String name) {
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(name + " fits the screen").isTrue();
		browser.checkPage(name);
	}
}
