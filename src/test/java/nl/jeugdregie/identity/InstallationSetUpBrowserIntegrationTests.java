package nl.jeugdregie.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, "done when": an installation is set up completely through the screens. The regional administrator (as
 * {@code JEUGDREGIE_ADMIN_PASSWORD} with {@code JEUGDREGIE_ADMIN_REGION} creates her) adds a fresh municipality and
 * its first administrator; that administrator chooses her password and adds a team, a team lead, two professionals
 * with expertise, a provider organisation and a provider account linked to it. Then each logs in with the one-time
 * password, chooses a password and sees what belongs to the role, and not the administration.
 */
@IntegrationTest
class InstallationSetUpBrowserIntegrationTests {

	private static final AtomicInteger NEXT_CODE = new AtomicInteger(8200);

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("Issue 14 (done when, item 2): a fresh municipality is set up through the screens and each account logs in")
	void setsUpAMunicipalityThroughTheScreens(int width) {
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		var code = NEXT_CODE.getAndIncrement();
		var tag = code + "-" + width;
		var regional = regionalAdministrator();

		// The regional administrator adds the municipality, through a check step, with a refused code first.
		browser.loginAs(regional);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeenten").setExact(true)).first().click();
		browser.checkPage("region-municipalities" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeente toevoegen")).click();
		page.getByLabel("CBS-code").fill(String.valueOf(code));
		page.getByLabel("Naam van de gemeente").fill("Maasdorp " + width);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page).hasTitle("Fout: Gemeente toevoegen – Jeugdregie");
		assertThat(page.locator("#foutmeldingen")).isFocused();
		assertThat(page.locator("#foutmeldingen")).containsText("GM met vier cijfers");
		browser.checkPage("region-municipality-error" + suffix);
		page.getByLabel("CBS-code").fill("GM" + code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer de nieuwe gemeente");
		browser.checkPage("region-municipality-check" + suffix);
		// "Wijzigen" goes back to the form with what was typed; nothing is saved yet.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigen")).click();
		assertThat(page.getByLabel("CBS-code")).hasValue("GM" + code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gemeente toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gemeente Maasdorp " + width + " is toegevoegd.");

		// ... and its first administrator, whose one-time password is shown once.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eerste applicatiebeheerder aanmaken")).click();
		var adminName = "fleur-" + tag;
		page.getByLabel("Gebruikersnaam").fill(adminName);
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Fleur Jansen");
		page.getByLabel("E-mailadres").fill(adminName + "@maasdorp.nl");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		browser.checkPage("region-administrator-check" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Applicatiebeheerder aanmaken")).click();
		var adminPassword = page.locator(".jr-password").textContent();
		assertThat(adminPassword).hasSize(19);
		assertThat(page.locator("dl")).containsText("De gemeente beheert zelf haar gebruikers.");
		browser.checkPage("region-municipality" + suffix);
		// She sees no teams or users of any municipality.
		assertThat(browser.open("/beheer/gebruikers").status()).isEqualTo(403);
		browser.open("/");
		browser.logout();

		// The municipality's administrator chooses her password, then adds a team.
		firstLogin(adminName, adminPassword, "beheer van maasdorp " + width);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		page.getByLabel("Naam van het team").fill("CJG Maasdorp");
		page.getByLabel("Wijken (niet verplicht)").fill("Centrum\nHaven");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Team CJG Maasdorp is toegevoegd.");

		// A team lead and two professionals with expertise; a provider account.
		var lead = addUser("sanne-" + tag, "Sanne de Wit", "TEAM_LEAD", "Veiligheid");
		var pro1 = addUser("noor-" + tag, "Noor Bakker", "YOUTH_PROFESSIONAL", "Opvoed- en opgroeiondersteuning");
		var pro2 = addUser("daan-" + tag, "Daan Smit", "YOUTH_PROFESSIONAL", "Jeugdpsychologie");
		var provider = addUser("zorg-" + tag, "Karin de Zorg", "PROVIDER", null);
		browser.open("/beheer/gebruikers");
		assertThat(page.locator("table")).containsText("Daan Smit");
		browser.checkPage("setup-users" + suffix);

		// The provider organisation (AGB code checked) and the account linked to it.
		browser.open("/toewijzing/aanbieders");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanbieder registreren")).click();
		page.getByLabel("Naam van de aanbieder").fill("Zorg aan de Maas " + width);
		page.getByLabel("AGB-code").fill("1234");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieder registreren")).click();
		assertThat(page).hasTitle("Fout: Aanbieder registreren – Jeugdregie");
		page.getByLabel("AGB-code").fill("98" + (100000 + Math.floorMod(UUID.randomUUID().hashCode(), 899999)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieder registreren")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Zorg aan de Maas " + width);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account koppelen aan deze aanbieder")).click();
		page.getByLabel("Gebruikersnaam van een account met de rol Aanbieder").fill(provider.username());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account koppelen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het account " + provider.username() + " werkt nu voor");
		browser.checkPage("setup-provider" + suffix);
		browser.logout();

		// Each logs in with the one-time password, chooses a password and sees what belongs to the role.
		firstLogin(lead.username(), lead.password(), "teamleider in maasdorp " + width);
		assertThat(page.locator("main")).containsText("Teamleider");
		assertThat(page.locator("main")).containsText("CJG Maasdorp");
		browser.open("/team");
		assertThat(page.locator("main")).containsText("Noor Bakker");
		assertThat(page.locator("main")).containsText("Jeugdpsychologie");
		browser.checkPage("setup-team-lead-team" + suffix);
		assertThat(browser.open("/beheer/gebruikers").status()).isEqualTo(403);
		browser.open("/");
		browser.logout();

		for (var professional : new Account[] { pro1, pro2 }) {
			firstLogin(professional.username(), professional.password(), "jeugdwerk in maasdorp " + width);
			assertThat(page.locator("main")).containsText("Jeugdprofessional");
			assertThat(page.locator("main")).containsText("CJG Maasdorp");
			assertThat(browser.open("/werklijst").status()).isEqualTo(200);
			assertThat(browser.open("/toewijzing/toewijzingen").status()).isEqualTo(403);
			browser.open("/");
			browser.logout();
		}

		firstLogin(provider.username(), provider.password(), "zorg aan de maas " + width);
		assertThat(page.locator("main")).containsText("Aanbieder");
		browser.open("/toewijzing/toewijzingen");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Toewijzingen aan uw organisatie");
		browser.checkPage("setup-provider-allocations" + suffix);
		browser.open("/toewijzing/aanbieders");
		assertThat(page.locator("main")).containsText("Zorg aan de Maas " + width);
		assertThat(browser.open("/werklijst").status()).isEqualTo(403);
		browser.open("/");
		browser.logout();
	}

	/** An account added on the screens, with the one-time password shown once. */
	private record Account(String username, String password) {}

	private Account addUser(String username, String name, String role, @org.jspecify.annotations.Nullable String expertise) {
		var page = browser.page();
		browser.open("/beheer/gebruikers/nieuw");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("E-mailadres").fill(username + "@maasdorp.nl");
		page.getByLabel("Rol").selectOption(role);
		if (expertise != null) {
			page.getByLabel("Team").selectOption(new SelectOption().setLabel("CJG Maasdorp"));
			page.getByLabel(expertise).check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker toevoegen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		var password = page.locator(".jr-password").textContent();
		assertThat(password).hasSize(19);
		return new Account(username, password);
	}

	/**
	 * The first login: the one-time password, the second login step when the role needs it (an administrator sets up
	 * her app first, ADR 0040), then one's own password, then the start page.
	 */
	private void firstLogin(String username, String oneTimePassword, String newPassword) {
		var page = browser.page();
		browser.submitLogin(username, oneTimePassword);
		browser.passSecondStep(username);
		assertThat(browser.path()).isEqualTo("/wachtwoord");
		page.getByLabel("Eenmalig wachtwoord").fill(oneTimePassword);
		page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
		page.getByLabel("Nieuw wachtwoord nog een keer").fill(newPassword);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw nieuwe wachtwoord is opgeslagen.");
		browser.logout();
		browser.loginAs(username, newPassword);
	}

	private CurrentUser regionalAdministrator() {
		var world = fixtures.newWorld();
		var region = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into region (code, name) values (?, ?)").params(region, "Testregio " + region).update();
		jdbc.sql("update municipality set region_code = ? where code = ?").params(region, world.municipality().value())
				.update();
		return fixtures.user(Role.REGIONAL_ADMINISTRATOR, world.municipality(), null);
	}
}
