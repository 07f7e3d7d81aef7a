package nl.jeugdregie.steering;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The governance screens in a real browser (STU-1, STU-6): every page checked with axe-core for WCAG 2.1 A/AA and
 * saved as a screenshot under target/screenshots. The walk to a missed norm is added once the norms are merged.
 */
@IntegrationTest
class GovernanceBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("STU-6: walks from the assignment overview to a high risk and the next meeting's agenda")
	void walksFromTheAssignmentToAHighRiskAndTheNextMeetingsAgenda() {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), LocalDate.of(2026, 11, 23));
		jdbc.sql("update steering_risk set probability = 3, damage = 2 where id = ?").param(test.assignment().riskId()).update();
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sturing").setExact(true)).click();
		assertThat(page.locator("main")).containsText("Overleg en agenda");
		browser.checkPage("governance-overview");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risicoregister met overzicht van kans en schade")).click();
		assertThat(page.locator("main")).containsText("Jongeren komen steeds later samen.");
		assertThat(page.locator("main .jr-effect--hoog")).hasText("6");
		browser.checkPage("governance-risk");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de opdracht")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overleg en agenda")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Overleg over de opdracht – gemeente Testgemeente " + world.municipality().value());
		assertThat(page.locator("main")).containsText("Er is nog geen afstemmingsoverleg geweest");
		browser.checkPage("governance-calendar");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("23 november 2026 (agenda)")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Transformatieoverleg op 23 november 2026");
		assertThat(page.locator("main")).containsText("Risico: Risico met effect 6: Jongeren komen steeds later samen.");
		browser.checkPage("governance-next-agenda");
	}

	@Test
	@DisplayName("STU-6: plans a meeting, refusing a date before the assignment year, and records minutes")
	void plansAMeetingAndRecordsMinutes() {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), LocalDate.of(2026, 11, 2));
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();

		browser.open("/sturing/overleg");
		page.getByLabel("Soort overleg").selectOption("ALIGNMENT");
		page.getByLabel("Datum").fill("2025-12-01");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overleg plannen")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("voor het begin van het opdrachtjaar 2026");
		browser.checkPage("governance-plan-refused");

		page.getByLabel("Datum").fill("2026-12-07");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overleg plannen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het overleg is gepland.");
		assertThat(page.locator("main")).containsText("Nieuwe opdracht: Buurtsportcoach");
		browser.checkPage("governance-planned-agenda");

		browser.open("/sturing/overleg/" + test.meetingId());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verslag bij punt 1 opslaan")).click();
		assertThat(page.locator("main")).containsText("Schrijf het verslag of het besluit bij dit agendapunt.");
		browser.checkPage("governance-minutes-refused");
		page.getByLabel("Besluit").fill("De aanbieder zet in het weekend extra jongerenwerkers in.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verslag bij punt 1 opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het verslag is vastgelegd.");
		browser.checkPage("governance-minutes-recorded");
	}

	@Test
	@DisplayName("STU-6: an impact analysis and its decision on the screen")
	void submitsAnImpactAnalysisAndDecides() {
		var world = fixtures.newWorld();
		SteeringTestData.create(jdbc, world.municipality());
		browser.loginAs(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));
		var page = browser.page();

		browser.open("/sturing/opdrachtverzoeken");
		page.getByLabel("Naam van de opdracht").fill("Buurtsportcoach");
		page.getByLabel("Huidige situatie").fill("Geen sportaanbod in de wijk.");
		page.getByLabel("Gewenste situatie").fill("Elke wijk heeft een buurtsportcoach.");
		page.getByLabel("Aansluiting bij de huidige opdracht").fill("Past bij het jongerenwerk.");
		page.getByLabel("Benodigde fte").fill("-1");
		page.getByLabel("Benodigd bedrag in euro").fill("500,00");
		page.getByLabel("Dekking").fill("Herschikking");
		page.getByLabel("Doelgroep").selectOption("YOUTH");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impactanalyse opslaan")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("De fte kan niet negatief zijn.");
		browser.checkPage("governance-impact-refused");

		page.getByLabel("Benodigde fte").fill("0,50");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impactanalyse opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De nieuwe opdracht met impactanalyse is vastgelegd.");
		browser.checkPage("governance-impact-analysis");

		page.getByLabel("Aannemen").check();
		page.getByLabel("Reden").fill("Past binnen het plafond en bij het jongerenwerk.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het besluit is vastgelegd.");
		assertThat(page.locator("main")).containsText("Aangenomen");
		browser.checkPage("governance-request-accepted");
	}

	@Test
	@DisplayName("STU-6: the provider reads its assignment's meetings without forms")
	void showsTheProviderTheMeetingsWithoutForms() {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), LocalDate.of(2026, 11, 2));
		browser.loginAs(fixtures.user(Role.PROVIDER, world.municipality(), null));
		var page = browser.page();

		browser.open("/sturing/overleg/" + test.meetingId());
		assertThat(page.locator("main")).containsText("Jongeren komen steeds later samen.");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verslag bij punt 1 opslaan"))).hasCount(0);
		browser.checkPage("governance-meeting-provider");
		browser.open("/sturing/overleg");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overleg plannen"))).hasCount(0);
		browser.checkPage("governance-calendar-provider");
	}
}
