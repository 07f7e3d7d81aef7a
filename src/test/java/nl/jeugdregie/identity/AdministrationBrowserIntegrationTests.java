package nl.jeugdregie.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AdministrationBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("Issue 14: the administrator adds a team and a user to it; the user logs in and chooses a password")
	void addsATeamAndAUserWhoThenChoosesAPassword(int width) {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		browser.loginAs(admin);

		// A team, with a refused empty name first.
		browser.open("/beheer/teams");
		browser.checkPage("admin-teams" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		assertThat(page).hasTitle("Fout: Team toevoegen – Jeugdregie");
		assertThat(page.locator("#foutmeldingen")).isFocused();
		browser.checkPage("admin-team-error" + suffix);
		page.getByLabel("Naam van het team").fill("CJG Ruwaard");
		page.getByLabel("Wijken (niet verplicht)").fill("Ruwaard\nSchadewijk");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Team CJG Ruwaard is toegevoegd.");
		assertThat(page.locator("dl")).containsText("Ruwaard, Schadewijk");
		browser.checkPage("admin-team" + suffix);

		// A user in that team.
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruikers").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruiker toevoegen")).click();
		var username = "noor.bakker" + suffix + "-" + System.nanoTime() % 100000;
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Noor Bakker");
		page.getByLabel("E-mailadres").fill(username + "@oss.nl");
		page.getByLabel("Rol").selectOption("YOUTH_PROFESSIONAL");
		page.getByLabel("Team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("CJG Ruwaard"));
		page.getByLabel("Opvoed- en opgroeiondersteuning").check();
		browser.checkPage("admin-user-new" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker toevoegen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Noor Bakker");
		var oneTimePassword = page.locator(".jr-password").textContent();
		assertThat(oneTimePassword).hasSize(19);
		browser.checkPage("admin-user" + suffix);
		browser.open("/beheer/gebruikers?zoek=Noor");
		assertThat(page.locator("table")).containsText("Noor Bakker");
		browser.checkPage("admin-users" + suffix);
		browser.logout();

		// The user logs in with the one-time password and must choose a password first.
		browser.submitLogin(username, oneTimePassword);
		org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo("/wachtwoord");
		page.getByLabel("Eenmalig wachtwoord").fill(oneTimePassword);
		page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("qwerty123456");
		page.getByLabel("Nieuw wachtwoord nog een keer").fill("qwerty123456");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(page).hasTitle("Fout: Wachtwoord kiezen – Jeugdregie");
		assertThat(page.locator("#foutmeldingen")).containsText("veel gebruikt");
		browser.checkPage("password-error" + suffix);
		page.getByLabel("Eenmalig wachtwoord").fill(oneTimePassword);
		page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("fietsen langs de maas");
		page.getByLabel("Nieuw wachtwoord nog een keer").fill("fietsen langs de maas");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw nieuwe wachtwoord is opgeslagen.");
		assertThat(page.locator("main")).containsText("CJG Ruwaard");
		browser.checkPage("password-chosen" + suffix);
		browser.logout();
		browser.loginAs(username, "fietsen langs de maas");
	}
}
