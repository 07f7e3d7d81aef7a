package nl.jeugdregie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 item 7: after a form error the page title starts with "Fout:" and the keyboard focus is on the error
 * summary (or, on a form that shows its error only next to the field, on that field), on forms of every kind.
 */
@IntegrationTest
class FormErrorsBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("Registration, first conversation, closure and password forms: title 'Fout:' and focus on the errors")
	void movesFocusToTheErrorsAndMarksTheTitleAfterAFormErrorOfACaseWorker() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Lotte", "Smit",
				LocalDate.of(2016, 5, 1), null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag over slapen."),
				professional, Instant.parse("2026-11-10T09:00:00Z"))).id().value();
		browser.loginAs(professional);
		var page = browser.page();

		browser.open("/hulpvragen/nieuw");
		Assertions.assertThat(page.title()).doesNotStartWith("Fout:");
		button("Hulpvraag registreren");
		assertErrorsInFocus("form-errors-registration");

		browser.open("/hulpvragen/" + id + "/eerste-gesprek"); // issue 13 item 2: the action's own page
		page.getByLabel("Datum van het eerste gesprek").fill("");
		button("Eerste gesprek vastleggen");
		assertErrorsInFocus("form-errors-first-conversation");

		browser.open("/hulpvragen/" + id + "/afsluiten");
		button("Verder naar controleren");
		assertErrorsInFocus("form-errors-closure");

		browser.open("/wachtwoord");
		button("Wachtwoord opslaan");
		assertErrorsInFocus("form-errors-password");
	}

	@Test
	@DisplayName("Administration and dashboard forms: title 'Fout:' and focus on the errors")
	void movesFocusToTheErrorsAndMarksTheTitleAfterAFormErrorOfAnAdministratorAndATeamLead() {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));

		browser.open("/beheer/teams/nieuw");
		button("Team toevoegen");
		assertErrorsInFocus("form-errors-team");

		browser.logout();
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));
		browser.open("/dashboard?van=2026-10&tot=2026-01");
		assertErrorsInFocus("form-errors-dashboard");
	}

	private void button(String name) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
		browser.page().waitForLoadState();
	}

	private void assertErrorsInFocus(String name) {
		var page = browser.page();
		page.waitForFunction("() => document.title.startsWith('Fout:')");
		Assertions.assertThat(page.title()).as("%s: title", name).startsWith("Fout: ");
		var focused = page.evaluate("""
				() => {
				  const element = document.activeElement;
				  return !!element && (!!element.closest('.jr-error-summary') || element.getAttribute('aria-invalid') === 'true');
				}""");
		Assertions.assertThat(focused).as("%s: focus on the error summary or the field in error", name).isEqualTo(true);
		assertThat(page.locator(".jr-error-summary, [aria-invalid=true]").first()).isVisible();
		browser.checkPage(name);
	}
}
