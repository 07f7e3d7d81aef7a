package nl.jeugdregie.steering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steering screens in a real browser: every page is checked with axe-core for WCAG 2.1 A/AA and saved as a
 * screenshot under target/screenshots.
 */
@IntegrationTest
class SteeringBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test // STU-1, STU-2, STU-3, STU-4
	void walksFromTheOssAssignmentToATypeOfWorkAndTheRiskRegister() {
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, SteeringSeedIntegrationTests.OSS, null));
		var page = browser.page();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sturing").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Opdracht aan de welzijnsaanbieder – gemeente Oss");
		assertThat(page.locator("main")).containsText("€ 3.182.890,82");
		assertThat(page.locator("main")).containsText("+ € 0,01");
		assertThat(page.locator("main")).containsText("€ 8.774.872,35");
		assertThat(page.locator("main")).containsText("€ 622.000,00");
		browser.checkPage("steering-overview");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jeugd (Centrum Jeugd en Gezin)")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Jeugd (Centrum Jeugd en Gezin)");
		assertThat(page.locator("main")).containsText("Kernbeding Hulpvragen");
		assertThat(page.locator("main")).containsText("Materieel budget SMI");
		browser.checkPage("steering-type-of-work");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar het risicoregister")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Risicoregister – gemeente Oss");
		assertThat(page.locator("table.jr-heatmap")).containsText("Aantal risico's per kans en schade");
		browser.checkPage("steering-risk-register");
	}

	@Test // STU-3, STU-7
	void reassessesARiskAndRefusesALineOverTheCap() {
		var world = fixtures.newWorld();
		var test = SteeringTestData.create(jdbc, world.municipality());
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();

		browser.open("/sturing/risicos");
		page.getByLabel("Risico", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(test.riskId()));
		page.getByLabel("Nieuwe kans (1, 2 of 3)").fill("4");
		page.getByLabel("Nieuwe schade (1, 2 of 3)").fill("3");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling opslaan")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("De kans is een getal van 1 tot en met 3.");
		browser.checkPage("steering-risk-reassessment-errors");

		page.getByLabel("Nieuwe kans (1, 2 of 3)").fill("3");
		page.getByLabel("Toelichting").fill("Jongeren komen nu ook in het weekend laat samen.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het nieuwe effect is 9.");
		assertThat(page.locator("main")).containsText("kans 2, schade 2, effect 4");
		browser.checkPage("steering-risk-reassessed");

		browser.open("/sturing/werksoorten/" + test.typeOfWorkId());
		page.getByLabel("Omschrijving").fill("Extra jongerenwerker");
		page.getByLabel("Soort kosten").selectOption("STAFF");
		page.getByLabel("Fte (niet verplicht)").fill("0,10");
		page.getByLabel("Bedrag in euro").fill("1.500,00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regel toevoegen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("boven het begrotingsplafond van € 10.000,00");
		browser.checkPage("steering-financing-line-over-cap");

		page.getByLabel("Bedrag in euro").fill("1.000,00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regel toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De financieringsregel is toegevoegd.");
		assertThat(page.locator("main")).containsText("€ 10.000,00");
		browser.checkPage("steering-financing-line-added");
	}

	@Test // STU-1
	void showsTheProviderTheAssignmentWithoutForms() {
		var world = fixtures.newWorld();
		var assignment = SteeringTestData.create(jdbc, world.municipality());
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, provider.username(), assignment.assignmentId());
		browser.loginAs(provider);
		var page = browser.page();

		browser.open("/sturing/risicos");
		assertThat(page.locator("main")).containsText("Jongeren komen steeds later samen.");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling opslaan"))).hasCount(0);
		browser.checkPage("steering-risk-register-provider");
	}
}
