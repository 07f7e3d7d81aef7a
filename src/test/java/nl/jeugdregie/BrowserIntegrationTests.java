package nl.jeugdregie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.identity.Role;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The foundation pages as a user sees them in Chromium: accessible, free of console errors, and in Dutch. */
@IntegrationTest
class BrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;

	@Test
	void showsTheLoginPageWithoutAccessibilityViolations() {
		browser.open("/");

		Assertions.assertThat(browser.path()).isEqualTo("/inloggen");
		assertThat(heading("Inloggen")).isVisible();
		assertThat(browser.page().getByRole(AriaRole.NAVIGATION)).hasCount(0);
		browser.checkPage("login");
	}

	@Test
	void showsADutchErrorAfterAFailedLogin() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		browser.submitLogin(user.username(), "fout-wachtwoord-99");

		Assertions.assertThat(browser.path()).isEqualTo("/inloggen?error");
		assertThat(browser.page().getByRole(AriaRole.ALERT))
				.hasText("De gebruikersnaam of het wachtwoord klopt niet. Of het account is even vergrendeld, omdat er te vaak "
						+ "een verkeerd wachtwoord is getypt. Probeer het later opnieuw. Lukt het niet? Vraag de "
						+ "applicatiebeheerder van uw gemeente om hulp.");
		browser.checkPage("login-failed");
	}

	@Test
	void showsTheHomePageOfAYouthProfessional() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		browser.loginAs(user);

		assertThat(heading("Welkom, Test Jeugdprofessional")).isVisible();
		assertThat(browser.page().locator("main")).containsText("CJG Team Noord");
		var menu = browser.page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
		assertThat(menu.getByRole(AriaRole.LINK)).hasText(new String[] { "Werklijst", "Nieuwe hulpvraag", "Team", "Bijna 18", "Maatschappelijk werk", "Scholen", "Toewijzing", "Berichttermijnen", "Verzoeken" });
		assertThat(browser.page().locator("header .jr-user")).hasText("Test Jeugdprofessional Jeugdprofessional");
		// Issue 16: at 1280 px the case worker's nine menu items stand on one line.
		var tops = menu.getByRole(AriaRole.LINK).all().stream().map(link -> Math.round(link.boundingBox().y)).distinct().toList();
		Assertions.assertThat(tops).as("rows of the menu at 1280 px").hasSize(1);
		browser.checkPage("home-youth-professional");
		// At 390 px the menu is a button; opened, every item is one line of the list and nothing is wider than the screen.
		browser.page().setViewportSize(390, 844);
		browser.openMenu();
		assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Verzoeken").setExact(true))).isVisible();
		Assertions.assertThat(((Number) browser.page().evaluate("document.documentElement.scrollWidth")).intValue())
				.as("page width at 390 px").isLessThanOrEqualTo(390);
		browser.checkPage("home-youth-professional-390");
	}

	@Test
	void showsTheHomePageOfAPolicyOfficer() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);

		browser.loginAs(user);

		assertThat(heading("Welkom, Test Beleidsmedewerker")).isVisible();
		var menu = browser.page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"));
		assertThat(menu.getByRole(AriaRole.LINK)).hasText(new String[] { "Scholen", "Dashboard", "Rapportages", "Normen", "Sturing", "Toewijzing", "Berichttermijnen" });
		browser.checkPage("home-policy-officer");
	}

	@Test
	void showsTheAccessDeniedPageWhenAYouthProfessionalOpensTheAuditLog() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		browser.loginAs(user);

		var response = browser.open("/beheer/audit");

		Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(heading("Geen toegang")).isVisible();
		assertThat(browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina")))
				.isVisible();
		browser.checkPage("error-403");
	}

	@Test
	void logsOutAndShowsTheLoginPageAgain() {
		var world = fixtures.newWorld();
		var user = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		browser.loginAs(user);

		browser.logout();

		assertThat(browser.page().getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");
		browser.checkPage("logged-out");
		browser.open("/");
		Assertions.assertThat(browser.path()).isEqualTo("/inloggen");
	}

	@Test
	void reportsAContentSecurityPolicyViolationAsAConsoleError() {
		browser.open("/inloggen");

		browser.page().evaluate("""
				() => {
				  const style = document.createElement('style');
				  style.textContent = 'body { color: red; }';
				  document.head.append(style);
				}""");

		Assertions.assertThatThrownBy(browser::assertNoConsoleErrors)
				.hasMessageContaining("Content Security Policy");
	}

	private Locator heading(String name) {
		return browser.page().getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
	}
}
