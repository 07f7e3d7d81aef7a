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
 * saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class GovernanceBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("STU-5, STU-6: walks from the assignment overview to a missed norm, its risk and the next meeting's agenda")
	void walksFromTheAssignmentToAMissedNormItsRiskAndTheNextMeetingsAgenda() {
		var world = fixtures.newWorld();
		var test = GovernanceTestData.create(jdbc, world.municipality(), LocalDate.of(2026, 11, 23));
		jdbc.sql("update steering_risk set probability = 3, damage = 2 where id = ?").param(test.assignment().riskId()).update();
		missedDistrictNorm(test.assignment());
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sturing").setExact(true)).click();
		assertThat(page.locator("main")).containsText("Overleg en agenda");
		browser.checkPage("governance-overview");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Normen: gehaald, dreigt niet gehaald of niet gehaald")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TST-9")).click();
		assertThat(page.locator("main dl")).containsText("niet gehaald");
		assertThat(page.locator("main dl")).containsText("9");
		browser.checkPage("governance-missed-norm");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jongeren komen steeds later samen. (effect 6)")).click();
		assertThat(page.locator("main")).containsText("Jongeren komen steeds later samen.");
		browser.checkPage("governance-risk");

		browser.open("/sturing");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overleg en agenda")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Overleg over de opdracht – gemeente Testgemeente " + world.municipality().value());
		assertThat(page.locator("main")).containsText("Er is nog geen afstemmingsoverleg geweest");
		browser.checkPage("governance-calendar");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("23 november 2026 (agenda)")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Transformatieoverleg op 23 november 2026");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agenda opnieuw opstellen")).click();
		assertThat(page.locator("main")).containsText("Risico met effect 6: Jongeren komen steeds later samen.");
		assertThat(page.locator("main")).containsText("Norm TST-9 niet gehaald");
		assertThat(page.locator("main")).containsText("Oorzaakanalyse van de aanbieder ontbreekt nog.");
		browser.checkPage("governance-next-agenda");
	}

	/** At least 11 district areas with a meeting activity per quarter; the provider delivered 9 for the third quarter. */
	private void missedDistrictNorm(SteeringTestData.TestAssignment assignment) {
		var condition = jdbc.sql("select id from steering_core_condition where type_of_work_id = ?")
				.param(assignment.typeOfWorkId()).query(Long.class).single();
		var norm = jdbc.sql("""
				insert into steering_norm (assignment_id, core_condition_id, code, description, kind, target, period,
				                           effective_from, measure, added_by, added_at)
				values (?, ?, 'TST-9', 'In elk wijkgebied minimaal een ontmoetingsactiviteit', 'COUNT_AT_LEAST', 11, 'QUARTER',
				        date '2021-01-01', 'PROVIDER_FIGURES', 'test', now()) returning id""")
				.params(assignment.assignmentId(), condition).query(Long.class).single();
		jdbc.sql("""
				insert into steering_norm_figure (norm_id, period_start, period_end, value, delivered_by, delivered_at)
				values (?, date '2026-07-01', date '2026-09-30', 9, 'aanbieder', now())""").param(norm).update();
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
