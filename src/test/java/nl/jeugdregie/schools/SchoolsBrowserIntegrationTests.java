package nl.jeugdregie.schools;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.schools.internal.contact.ContactService;
import nl.jeugdregie.schools.internal.location.LocationService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17 in a real browser, at 390 and 1280 px: an OCP records a visit and a ZAT meeting, the team lead sees the
 * locations behind their norm, a policy officer reads the overview with the council letter's figures. Every page is
 * checked with axe-core and saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class SchoolsBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired LocationService locations;
	@Autowired ContactService contacts;
	@Autowired Clock clock;

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("OND-2, OND-4: an OCP records a visit (a date in the future is refused first) and a ZAT meeting")
	void anOcpRecordsAVisitAndAZatMeeting(int width) {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var ocp = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var today = LocalDate.now(clock);
		var school = SchoolsTestData.location(locations, lead, 1, SchoolType.SECONDARY,
				SchoolsTestData.extra(today.minusYears(1), true));
		contacts.assign(lead, school.id(), school.version(), ocp.username(), null);
		browser.page().setViewportSize(width, 844);
		browser.loginAs(ocp);

		browser.open("/scholen");
		browser.checkPage("schools-list-" + width);
		link(school.name());
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(school.name());
		browser.checkPage("schools-location-" + width);
		link("Contact vastleggen");
		label("Op locatie").check();
		label("Datum (verplicht)").fill(today.plusDays(1).toString());
		button("Contact opslaan");
		assertThat(browser.page()).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
		assertThat(browser.page().locator("#date-fout")).hasText("De datum van het contact mag niet in de toekomst liggen.");
		browser.checkPage("schools-visit-error-" + width);
		label("Datum (verplicht)").fill(today.toString());
		button("Contact opslaan");
		assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("Het contact (op locatie) is vastgelegd.");

		link("ZAT-overleg vastleggen");
		label("Datum van het overleg (verplicht)").fill(today.minusDays(1).toString());
		label("Ja").check();
		browser.checkPage("schools-zat-form-" + width);
		button("ZAT-overleg opslaan");
		assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("Het ZAT-overleg is vastgelegd.");
		assertThat(browser.page().locator("table").last()).containsText("Ja");
		browser.checkPage("schools-location-recorded-" + width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("OND-2: the team lead sees the locations behind their presence norm")
	void theTeamLeadSeesLocationsBehindTheirNorm(int width) {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var today = LocalDate.now(clock);
		var forgotten = SchoolsTestData.location(locations, lead, 1, SchoolType.SECONDARY, SchoolsTestData.basis(today.minusYears(1)));
		browser.page().setViewportSize(width, 844);
		browser.loginAs(lead);

		browser.open("/scholen");
		link("Achter op de norm");
		assertThat(browser.page().locator("table")).containsText(forgotten.name());
		assertThat(browser.page().locator("table")).containsText("Contact: 0 keer in de afgelopen week, norm minimaal 1 keer per week");
		browser.checkPage("schools-worklist-" + width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("OND-1, OND-3: a policy officer reads the overview with the letter's figures 47 / 12 / 11 / 35")
	void aPolicyOfficerReadsTheOverviewWithTheLettersFigures(int width) {
		var world = fixtures.newWorld();
		var policy = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		SchoolsTestData.theLettersFigures(locations, policy, LocalDate.of(2020, 9, 24));
		browser.page().setViewportSize(width, 844);
		browser.loginAs(policy);

		browser.open("/");
		browser.openMenu();
		browser.page().getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Scholen")).click();
		link("Overzicht");
		assertThat(browser.page().locator("[data-figure=locations]")).hasText("47");
		assertThat(browser.page().locator("[data-figure=extra]")).hasText("12");
		assertThat(browser.page().locator("[data-figure=extra-realised]")).hasText("11");
		assertThat(browser.page().locator("[data-figure=basis]")).hasText("35");
		browser.checkPage("schools-overview-" + width);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("OND-7: the compulsory-education officer puts a child on the list and takes it off after a check step")
	void theCompulsoryEducationOfficerKeepsTheListOfChildrenOutOfSchool(int width) {
		var world = fixtures.newWorld();
		var officer = fixtures.user(Role.COMPULSORY_EDUCATION_OFFICER, world.municipality(), null);
		var today = LocalDate.now(clock);
		browser.page().setViewportSize(width, 844);
		browser.loginAs(officer);

		browser.open("/scholen");
		link("Thuiszitters");
		link("Thuiszitter toevoegen");
		label("Voornaam (verplicht)").fill("Daan");
		button("Op de lijst zetten");
		assertThat(browser.page()).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
		browser.checkPage("schools-out-of-school-errors-" + width);
		label("Achternaam (verplicht)").fill("Proef");
		label("Geboortedatum (verplicht)").fill("2012-03-01");
		label("Gaat niet naar school sinds (verplicht)").fill(today.minusDays(20).toString());
		label("Reden (verplicht)").selectOption("ILLNESS");
		label("Afgesproken volgende stap (verplicht)").fill("Gesprek met ouders en jeugdarts.");
		button("Op de lijst zetten");
		assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("De thuiszitter is op de lijst gezet.");
		browser.checkPage("schools-out-of-school-entry-" + width);
		label("Gaat weer naar school sinds (verplicht)").fill(today.toString());
		button("Verder");
		browser.checkPage("schools-out-of-school-check-" + width);
		button("Van de lijst halen");
		assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("staat niet meer op de lijst");
		assertThat(browser.page().locator("main")).containsText("Er staan geen thuiszitters op de lijst.");
	}

	private Locator label(String text) {
		return browser.page().getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private void button(String name) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private void link(String name) {
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
