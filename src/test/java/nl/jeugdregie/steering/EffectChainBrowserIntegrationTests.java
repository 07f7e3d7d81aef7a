package nl.jeugdregie.steering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * STU-2 in a real browser, on a phone (390 px) and a laptop (1280 px): the policy officer fills in a link of the
 * effect chain, adds an indicator linked to a norm and sees the norm's latest figure, then removes it after the check
 * step. Every page is checked with axe-core and never scrolls sideways.
 */
@IntegrationTest
class EffectChainBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("STU-2: the policy officer describes a link of the effect chain and measures a goal with an indicator")
	void walksThePolicyOfficerThroughTheEffectChain(int width) {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		EffectChainTestData.deliverThirdQuarter(jdbc, norms.closedWithinSixMonths(), "92.00");
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();
		page.setViewportSize(width, 900);

		browser.open("/sturing/werksoorten/" + norms.assignment().typeOfWorkId());
		assertThat(page.locator("#stap-outcome")).containsText("Niet beschreven in de opdracht.");
		check("effect-chain-empty", width);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzigen Outcome")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Outcome (effect voor de inwoner) wijzigen");
		page.getByLabel("Outcome (effect voor de inwoner)").fill("x".repeat(4001));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap opslaan")).click();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: Outcome wijzigen"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Gebruik maximaal 4000 tekens.");
		assertThat(page.locator("#foutmeldingen")).isFocused();
		check("effect-chain-link-error", width);

		page.getByLabel("Outcome (effect voor de inwoner)").fill("Jongeren doen mee in de wijk.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De stap Outcome van de effectketen is opgeslagen.");
		assertThat(page.locator("#stap-outcome")).containsText("Jongeren doen mee in de wijk.");
		check("effect-chain-link-saved", width);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicator toevoegen bij doel 1")).click();
		page.getByLabel("Naam").fill("");
		page.getByLabel("Streefwaarde (niet verplicht)").fill("veel");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indicator toevoegen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de naam van de indicator in.");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de streefwaarde in als getal");
		check("effect-chain-indicator-errors", width);

		page.getByLabel("Naam").fill("Trajecten binnen zes maanden afgesloten");
		page.getByLabel("Eenheid (niet verplicht)").fill("%");
		page.getByLabel("Norm (niet verplicht)").selectOption(String.valueOf(norms.closedWithinSixMonths()));
		page.getByLabel("Streefwaarde (niet verplicht)").fill("80");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indicator toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De indicator is toegevoegd.");
		var indicator = page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Indicator: Trajecten binnen zes maanden afgesloten"));
		assertThat(indicator).containsText("92 %");
		assertThat(indicator).containsText("over 2026-K3: gehaald");
		assertThat(indicator).containsText("80 %");
		check("effect-chain-indicator-added", width);

		indicator.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Wijzigen indicator Trajecten binnen zes maanden afgesloten")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicator verwijderen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Weet u zeker dat u deze indicator wilt verwijderen?");
		check("effect-chain-indicator-remove", width);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, indicator verwijderen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De indicator is verwijderd.");
		assertThat(EffectChainTestData.indicators(jdbc, EffectChainTestData.goal(jdbc, norms.assignment().typeOfWorkId())))
				.isZero();
	}

	private void check(String name, int width) {
		browser.checkPage(name + "-" + width);
		var scrollWidth = ((Number) browser.page().evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width of " + name).isLessThanOrEqualTo(width);
	}
}
