package nl.jeugdregie.steering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The norm and actuals screens in a real browser, checked with axe-core (WCAG 2.1 AA). */
@IntegrationTest
class SteeringNormsBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test // STU-5, STU-7
	void providerUploadsFiguresSeesAMissedNormAndDeliversActuals() {
		var world = fixtures.newWorld();
		var norms = SteeringNormTestData.create(jdbc, world.municipality());
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		SteeringNormTestData.linkProvider(jdbc, provider.username(), norms.assignment().assignmentId());
		browser.loginAs(provider);
		var page = browser.page();

		browser.open("/sturing/normen");
		page.getByLabel("CSV-bestand met cijfers").setInputFiles(new FilePayload("cijfers.csv", "text/csv",
				"norm;periode;waarde\nTST-1;2026-K3;82\nTST-2;2026-K3;9\n".getBytes(StandardCharsets.UTF_8)));
		page.getByLabel("Bewijsstuk").setInputFiles(new FilePayload("rapportage.pdf", "application/pdf", new byte[] { 1 }));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cijfers inlezen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 cijfers opgeslagen");
		assertThat(page.locator("main")).containsText("dreigt niet gehaald te worden");
		browser.checkPage("steering-norms");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TST-2")).click();
		assertThat(page.locator("main")).containsText("niet gehaald");
		assertThat(page.locator("main")).containsText("Jongeren komen steeds later samen.");
		page.getByLabel("Trend en oorzaak").fill("Twee wijkgebieden zonder vrijwilliger sinds de zomer.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De oorzaakanalyse is opgeslagen.");
		browser.checkPage("steering-norm-missed");

		browser.open("/sturing/realisatie?halfjaar=2026-H1");
		page.getByLabel("Financieringsregel").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Jongerenwerkers (€ 9.000,00 per jaar)"));
		// Issue 13 item 5: the half-year is a select of Dutch names, no free text.
		page.getByLabel("Halfjaar", new Page.GetByLabelOptions().setExact(true)).last().selectOption("2026-H1");
		page.getByLabel("Werkelijke kosten in euro").fill("4.000,00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Realisatie opslaan")).click();
		assertThat(page.locator("#explanation-fout")).containsText("toelichting verplicht");
		browser.checkPage("steering-actuals-refused");
	}
}
