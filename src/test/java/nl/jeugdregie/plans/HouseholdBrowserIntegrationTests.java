package nl.jeugdregie.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional builds a family's cooperation plan in a real browser: every page is checked with axe-core for
 * WCAG 2.1 A/AA and saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class HouseholdBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;
	@Autowired org.springframework.test.web.servlet.MockMvc mvc;
	@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	@DisplayName("PLAN-3: the team lead finds a young person in two households from the team page, at 1280 and 390 px")
	void showsTheTeamLeadAYoungPersonInTwoHouseholds() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var first = bsnRequest(professional);
		var returning = bsnRequest(professional);
		var one = createHousehold(professional, first);
		var two = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));
		// A duplicate from before PLAN-3 was checked: the returning request was linked to the other household.
		jdbc.sql("""
				insert into household_help_request (help_request_id, household_id, client_id, linked_by, linked_at)
				select id, ?, client_id, 'migratie', now() from help_request where id = ?""").params(two, returning).update();

		browser.loginAs(lead);
		browser.open("/team");
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jeugdigen in meer dan één gezin")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Jeugdigen in meer dan één gezin");
		assertThat(browser.page().locator("a[href='/gezinnen/" + one + "']")).isVisible();
		assertThat(browser.page().locator("a[href='/gezinnen/" + two + "']")).isVisible();
		browser.checkPage("plans-duplicates");
		browser.page().setViewportSize(390, 844);
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		browser.checkPage("plans-duplicates-390");
	}

	private UUID bsnRequest(nl.jeugdregie.identity.CurrentUser professional) {
		return ((nl.jeugdregie.intake.RegistrationResult.Registered) registration.register(
				new nl.jeugdregie.intake.RegisterHelpRequest("Daan", "Jansen", java.time.LocalDate.of(2012, 4, 1), "111222333",
						null, null, nl.jeugdregie.intake.Channel.PHONE, nl.jeugdregie.intake.Referrer.SCHOOL, "Vraag."),
				professional, java.time.Instant.parse("2026-11-02T09:00:00Z"))).id().value();
	}

	private UUID createHousehold(nl.jeugdregie.identity.CurrentUser user, UUID helpRequest) throws Exception {
		var body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/households")
						.with(HouseholdApiIntegrationTests.basic(user)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
						.content("{\"helpRequest\":\"%s\",\"householdName\":\"Gezin Jansen\"}".formatted(helpRequest)))
				.andReturn().getResponse().getContentAsString();
		return UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
	}

	@Test
	@DisplayName("PLAN-1, PLAN-2, PLAN-3, PLAN-6, PLAN-7: builds a household's plan and records a heavy step")
	void buildsAHouseholdsPlanAndRecordsAHeavyStep() {
		var world = fixtures.newWorld();
		fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		browser.loginAs(professional);
		var page = browser.page();

		browser.open("/gezinnen/nieuw?hulpvraag=" + RegisteredHelpRequests.register(registration, professional));
		browser.checkPage("plans-new-household");
		button("Gezin aanmaken");
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Controleer het formulier");
		browser.checkPage("plans-new-household-errors");
		label("Naam van het gezin (verplicht)").fill("Gezin De Vries");
		button("Gezin aanmaken");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent de regisseur");

		assertThat(page.locator("#taken")).containsText("Personen van het gezin toevoegen");
		browser.checkPage("plans-household-new");

		link("Persoon toevoegen");
		label("Naam (verplicht)").fill("Sandra de Vries");
		label("Wie is deze persoon in het gezin? (verplicht)").selectOption("PARENT");
		label("Relatie").fill("moeder");
		button("Persoon toevoegen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De persoon is toegevoegd aan het gezin.");
		link("Persoon toevoegen");
		label("Naam (verplicht)").fill("Milan de Vries");
		label("Wie is deze persoon in het gezin? (verplicht)").selectOption("YOUNG_PERSON");
		label("Relatie").fill("zoon");
		label("Geboortedatum").fill("2013-06-12");
		button("Persoon toevoegen");
		link("Wijzigen regisseur");
		button("Regisseur wijzigen");
		assertThat(page.locator("#reason-fout")).containsText("Schrijf waarom de regisseur verandert.");
		org.assertj.core.api.Assertions.assertThat(page.title()).startsWith("Fout: ");
		browser.checkPage("plans-household-errors");
		link("Gezin De Vries");
		link("Persoon toevoegen");
		label("Naam (verplicht)").fill("Ans de Vries");
		label("Wie is deze persoon in het gezin? (verplicht)").selectOption("NETWORK_MEMBER");
		label("Relatie").fill("oma");
		button("Persoon toevoegen");
		assertThat(page.locator("#leden")).containsText("Milan de Vries");
		browser.checkPage("plans-household");

		link("Toevoegen ik wil, ik kan, ik heb nodig");
		label("Over wie gaat het? (verplicht)").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sandra de Vries (Ouder)"));
		label("Ik wil").fill("Dat Milan weer graag naar school gaat");
		label("Ik kan").fill("Elke ochtend samen ontbijten");
		label("Ik heb nodig").fill("Iemand die meedenkt met school");
		button("Toevoegen aan het plan");
		link("Doel toevoegen");
		button("Doel toevoegen");
		assertThat(page.locator("#owner-fout")).containsText("Een doel zonder eigenaar kan niet.");
		browser.checkPage("plans-plan-errors");
		label("Leefgebied (verplicht)").selectOption("EDUCATION_AND_WORK");
		label("Doel (verplicht)").fill("Milan gaat vier dagen per week naar school");
		label("Prioriteit van het gezin (verplicht)").fill("1");
		label("Wie werkt aan dit doel? (verplicht)").selectOption("FAMILY");
		label("Naam van wie eraan werkt").fill("Sandra en Milan");
		button("Doel toevoegen");
		assertThat(page.locator("#doelen")).containsText("Nog geen voortgang vastgelegd");
		link("Gezinsplan");
		link("Actie toevoegen");
		label("Bij welk doel hoort de actie? (verplicht)").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		label("Wat gaat er gebeuren? (verplicht)").fill("Gesprek met de mentor plannen");
		label("Wie doet het? (verplicht)").selectOption("PROFESSIONAL");
		label("Naam van wie het doet (verplicht)").fill("De jeugdprofessional");
		label("Uiterlijk klaar op (verplicht)").fill("2026-12-04");
		button("Actie toevoegen");
		link("Vragen wat het gezin van versie 4 vindt");
		page.getByLabel("Ja, het gezin is akkoord").check();
		label("Datum (verplicht)").fill("2026-11-16");
		label("In de woorden van het gezin").fill("Zo willen wij het doen.");
		button("Vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is vastgelegd");
		assertThat(page.locator("#gezinsplan")).containsText("Het gezin is akkoord");
		link("Gezinsplan");
		assertThat(page.locator("#versies")).containsText("Actie toegevoegd");
		assertThat(page.locator("main")).containsText("Het gezin is akkoord");
		browser.checkPage("plans-plan");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zware stappen").setExact(true)).click();
		label("Welk besluit? (verplicht)").selectOption("OUT_OF_HOME_PLACEMENT");
		label("Datum van het besluit (verplicht)").fill("2026-11-16");
		button("Besluit vastleggen");
		assertThat(page.locator("#stepKind-fout")).containsText("verklarende analyse nodig");
		browser.checkPage("plans-heavy-step-refused");
		label("Wat legt u vast? (verplicht)").selectOption("EXPLANATORY_ANALYSIS");
		label("Datum (verplicht)").fill("2026-11-02");
		label("Uitkomst (verplicht)").fill("Thuis is het nu niet veilig genoeg voor Milan.");
		button("Vastleggen");
		label("Wat legt u vast? (verplicht)").selectOption("EIGEN_KRACHT_CONFERENCE");
		label("Datum (verplicht)").fill("2026-11-09");
		label("Uitkomst (verplicht)").fill("Oma Ans biedt Milan een plek; het netwerk helpt.");
		button("Vastleggen");
		label("Welk besluit? (verplicht)").selectOption("OUT_OF_HOME_PLACEMENT");
		label("Datum van het besluit (verplicht)").fill("2026-11-16");
		button("Besluit vastleggen");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Controleer het besluit");
		browser.checkPage("plans-heavy-step-check");
		button("Ja, besluit vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De zware stap is vastgelegd.");
		assertThat(page.locator("#zware-stappen")).containsText("Uithuisplaatsing");
		browser.checkPage("plans-heavy-steps");
	}

	@Test
	@DisplayName("Issue 13 item 2: household summary, \"Wijzigen\", the action on its own page and back with a banner, at 390 and 1280 px")
	void goesFromTheSummaryToAnActionAndBackAtPhoneAndDesktopWidth() throws Exception {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var household = createHousehold(professional, RegisteredHelpRequests.register(registration, professional));
		browser.loginAs(professional);
		var page = browser.page();
		for (var width : new int[] { 390, 1280 }) {
			page.setViewportSize(width, 844);
			browser.open("/gezinnen/" + household);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat moet er nu gebeuren?"))).isVisible();
			fitsTheScreen();
			browser.checkPage("plans-household-summary-" + width);

			link("Wijzigen regisseur");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Regisseur wijzigen");
			fitsTheScreen();
			browser.checkPage("plans-household-director-" + width);
			label("Nieuwe regisseur (verplicht)").selectOption(width == 390 ? lead.username() : professional.username());
			label("Waarom verandert de regisseur? (verplicht)").fill("Overdracht binnen het team (" + width + " px)");
			button("Regisseur wijzigen");

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("De regisseur is gewijzigd.");
			org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo("/gezinnen/" + household);
			fitsTheScreen();
			browser.checkPage("plans-household-summary-saved-" + width);
		}
	}

	private void fitsTheScreen() {
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

	private void link(String name) {
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private com.microsoft.playwright.Locator label(String text) {
		return browser.page().getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private void button(String name) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
