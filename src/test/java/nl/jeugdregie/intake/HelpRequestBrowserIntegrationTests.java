package nl.jeugdregie.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The thin slice as a professional, a team lead and an administrator use it in a real browser: every page
 * is checked with axe-core for WCAG 2.1 A/AA and saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class HelpRequestBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@Test
	@org.junit.jupiter.api.DisplayName("TOE-1, TOE-3, TOE-5, TOE-4 (issue 13): a professional registers a 9-year-old "
			+ "referred by the GP and records the first conversation with notes")
	void registersARequestSeesItsClockOnTheWorklistAndRecordsTheFirstConversation() {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team()));
		registration.register(new RegisterHelpRequest("Finn", "Visser", LocalDate.of(2013, 3, 3), null,
				null, null, Channel.ONLINE_FORM, Referrer.YOUTH_DOCTOR, "Zorgen over sociale ontwikkeling."),
				fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team()),
				Instant.parse("2026-10-26T09:00:00Z"));

		browser.open("/hulpvragen/nieuw");
		browser.checkPage("intake-registration-form");
		var page = browser.page();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hulpvraag registreren")).click();
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Controleer het formulier");
		browser.checkPage("intake-registration-form-errors");

		page.getByLabel("Voornaam (verplicht)").fill("Tess");
		page.getByLabel("Achternaam (verplicht)").fill("van Dijk");
		page.getByLabel("Geboortedatum (verplicht)").fill("2017-05-17");
		page.getByLabel("Burgerservicenummer (BSN)").fill("111222333");
		page.getByLabel("Naam ouder of verzorger").fill("Sandra van Dijk");
		page.getByLabel("Relatie tot de jeugdige").fill("moeder");
		page.getByLabel("Hoe kwam de hulpvraag binnen? (verplicht)").selectOption("PHONE");
		page.getByLabel("Wie bracht de hulpvraag in? (verplicht)").selectOption("GENERAL_PRACTITIONER");
		page.getByLabel("Korte omschrijving van de vraag (verplicht)").fill("Faalangst en buikpijn voor school.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hulpvraag registreren")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is geregistreerd");
		assertThat(page.locator("main")).containsText("Nog 14 dagen");
		browser.checkPage("intake-file-awaiting-treatment");
		var file = browser.path();

		browser.open("/werklijst");
		assertThat(page.locator("#termijn-overschreden")).containsText("(1)"); // the quick filter (issue 13)
		assertThat(page.locator("main")).containsText("Termijn 7 dagen overschreden");
		assertThat(page.locator("main")).containsText("Tess van Dijk");
		browser.checkPage("intake-worklist");

		browser.open(file);
		assertThat(page.locator("main")).containsText("9 jaar");
		// Issue 13 item 2: the task list leads to the first conversation's own page.
		link("Eerste gesprek vastleggen");
		page.getByLabel("Datum van het eerste gesprek").fill("2026-11-16");
		page.getByLabel("Aantekeningen van het gesprek (niet verplicht)")
				.fill("Tess is bang voor toetsen; moeder en school willen samen een plan.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eerste gesprek vastleggen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("in behandeling");
		assertThat(page.locator("main")).containsText("Tess is bang voor toetsen; moeder en school willen samen een plan.");
		browser.checkPage("intake-file-in-treatment");
	}

	@Test // TOE-4, TOE-5, TOE-7, TOE-8, TOE-9, TOE-14, TOE-15, MON-3
	@org.junit.jupiter.api.DisplayName("TOE-4, TOE-5, TOE-7, TOE-8, TOE-9, TOE-14, TOE-15, MON-3: walks a request from "
			+ "registration through triage, safety, five conversations and an application to closure and the monthly report")
	void walksARequestThroughTriageFiveConversationsAndAnApplicationToClosure() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		// Registered 26 October, first conversation 12 November: three days past the two-week term (TOE-5, TOE-9).
		var id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Ruben", "Hendriks",
				LocalDate.of(2010, 10, 10), null, "Ilse Hendriks", "moeder", Channel.PHONE, Referrer.SCHOOL,
				"Schoolverzuim en somberheid."), professional, Instant.parse("2026-10-26T09:00:00Z"))).id();
		browser.loginAs(professional);
		var page = browser.page();

		browser.open("/hulpvragen/" + id);
		link("Eerste gesprek vastleggen");
		page.getByLabel("Datum van het eerste gesprek").fill("2026-11-12");
		click("Eerste gesprek vastleggen");
		assertThat(page.locator("main")).containsText("1 van maximaal 5 gesprekken gevoerd.");

		// TOE-4: the life domains of the whole household and a question clarification note, each on its own page.
		link("Leefgebieden van het hele gezin");
		click("Leefgebieden vastleggen");
		assertThat(page.locator("main")).containsText("Kies bij Opvoeding of er zorgen zijn.");
		browser.checkPage("triage-life-domains-errors");
		for (var i = 0; i < 9; i++) {
			page.locator("#concern-" + i + "-nee").check();
		}
		page.locator("#concern-2-ja").check();
		page.getByLabel("Toelichting bij School of werk", exact()).fill("Verzuimt sinds september.");
		click("Leefgebieden vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Checklist leefgebieden vastgelegd");
		link("Toevoegen aantekening vraagverheldering");
		page.getByLabel("Aantekening vraagverheldering", exact()).fill("Ruben wil weer naar school, maar ziet er tegenop.");
		click("Aantekening opslaan");
		assertThat(page.locator("main")).containsText("zorgen op 1 van de 9 leefgebieden");
		assertThat(page.locator("main")).containsText("Ruben wil weer naar school");
		browser.checkPage("triage-life-domains");

		link("Triage afronden");
		page.getByLabel("Uitkomst van de triage", exact()).selectOption("CJG_TREATMENT");
		page.getByLabel("Urgentie", exact()).selectOption("NORMAL");
		page.getByLabel("Reden voor deze uitkomst", exact()).fill("Vragen over stemming en school; geen veiligheidszorgen.");
		browser.checkPage("lifecycle-triage");
		click("Triage afronden");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Triage afgerond");

		// TOE-14: the first meldcode step, refused without a note, then recorded.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Veiligheid: meldcode, veiligheidsplan, melding en kernbeslissingen")).click();
		page.getByLabel("Datum van deze stap", exact()).fill("2026-11-12");
		click("Stap vastleggen");
		assertThat(page.locator("#step-note-fout")).containsText("Schrijf kort op wat u bij deze stap deed of zag.");
		browser.checkPage("safety-meldcode-errors");
		page.getByLabel("Datum van deze stap", exact()).fill("2026-11-12");
		page.getByLabel("Aantekening bij deze stap", exact()).fill("Mentor meldt dat Ruben bang lijkt om naar huis te gaan.");
		click("Stap vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Meldcode stap 1");
		assertThat(page.locator("main")).containsText("Volgende stap vastleggen: Stap 2");
		assertThat(page.locator("main")).containsText("Alleen een gedragsdeskundige");
		browser.checkPage("safety-meldcode");
		browser.open("/hulpvragen/" + id);

		for (var day : new String[] { "2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16" }) {
			link("Gesprek vastleggen");
			page.getByLabel("Datum van het gesprek", exact()).fill(day);
			click("Gesprek vastleggen");
		}
		assertThat(page.locator("main")).containsText("5 van maximaal 5 gesprekken gevoerd.");
		link("Gesprek vastleggen");
		page.getByLabel("Datum van het gesprek", exact()).fill("2026-11-16");
		click("Gesprek vastleggen");
		assertThat(page.locator("#conversation-heldOn-fout")).containsText("Er zijn al 5 gesprekken gevoerd");
		browser.checkPage("lifecycle-conversation-maximum");

		browser.open("/werklijst");
		assertThat(page.locator("main")).containsText("5 van 5");
		browser.checkPage("lifecycle-worklist-in-treatment");

		browser.open("/hulpvragen/" + id);
		link("Specialistische jeugdhulp is nodig");
		click("Specialistische jeugdhulp is nodig");
		assertThat(page.locator("main")).containsText("Aanvraag uiterlijk 30-11-2026");
		link("Aanvraag specialistische jeugdhulp vastleggen");
		page.getByLabel("Datum van de aanvraag", exact()).fill("2026-11-16");
		click("Aanvraag controleren");
		// Issue 13 item 2: a check step before the application counts.
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer de aanvraag voor specialistische jeugdhulp");
		assertThat(page.locator("main")).containsText("16-11-2026");
		browser.checkPage("lifecycle-application-check");
		click("Ja, aanvraag vastleggen");
		assertThat(page.locator("main")).containsText("Toeleiding naar zorg uiterlijk 11-1-2027");
		browser.checkPage("lifecycle-application-made");

		browser.open("/hulpvragen/" + id + "/uitleg");
		assertThat(page.locator("main")).containsText("Op weg naar specialistische jeugdhulp");
		assertThat(page.locator("main")).containsText("11 januari 2027");
		assertThat(page.locator("main")).not().containsText("Vragen over stemming en school");
		browser.checkPage("lifecycle-route-explanation");

		browser.open("/hulpvragen/" + id);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hulpvraag afsluiten").setExact(true)).first().click();
		page.getByLabel("Reden van afsluiten", exact()).selectOption("SPECIALISED_CARE_STARTED");
		click("Verder naar controleren");
		// Issue 13 item 2: a check-your-answers step before the request is closed.
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer en sluit de hulpvraag af");
		assertThat(page.locator("main")).containsText("Toegeleid naar specialistische jeugdhulp");
		assertThat(page.locator("main")).not().containsText("Afgesloten");
		browser.checkPage("lifecycle-closure-check");
		click("Ja, hulpvraag afsluiten");
		assertThat(page.locator("main")).containsText("Toegeleid naar specialistische jeugdhulp");
		assertThat(page.locator("main")).containsText("Afgesloten");
		browser.checkPage("lifecycle-closed");

		// MON-3: the parent's usefulness score after closure.
		link("Toevoegen cijfer voor hoe nuttig de hulp was");
		page.getByLabel("Wie gaf het cijfer?", exact()).selectOption("PARENT");
		page.getByLabel("Cijfer (1 tot en met 10)", exact()).fill("8");
		click("Cijfer vastleggen");
		assertThat(page.locator("main")).containsText("Ouder: 8");
		browser.checkPage("usefulness-score");

		// TOE-9, SEC-2: the team lead's monthly report counts the late start, a small count published as 0 with its
		// weeks left out (mark k).
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from monitoring_treatment_wait w join monitoring_closure c using (help_request_id)
				where w.help_request_id = ? and w.started_on is not null""").param(id.value()).query(Long.class).single() == 1);
		browser.logout();
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));
		browser.open("/rapportages/maand?maand=2026-11");
		var waiting = page.locator("table").first();
		assertThat(waiting.locator("tbody tr").first()).containsText("CJG Team Noord");
		assertThat(waiting.locator("tbody tr").first().locator("td").first()).hasText("0");
		assertThat(waiting.locator("tbody tr").first().locator("td").nth(1)).hasText("k");
		assertThat(waiting.locator("tbody tr").first().locator("td").nth(3)).hasText("0");
		assertThat(waiting.locator("tbody tr").nth(1).locator("td").first()).hasText("0");
		var route = page.locator("table").nth(1);
		assertThat(route.locator("tbody tr").first().locator("td").first()).hasText("0");
		assertThat(route.locator("tbody tr").first().locator("td").nth(3)).hasText("0");
		browser.checkPage("walk-monthly-report");
	}

	private void click(String button) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
	}

	/** Issue 13 item 2: follows a link of the file (a task or a "Wijzigen" row) to the action's own page. */
	private void link(String name) {
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private static Page.GetByLabelOptions exact() {
		return new Page.GetByLabelOptions().setExact(true);
	}

	@Test // TOE-13
	void letsTheTeamLeadSeeTheTeamsExpertiseAndAssignARequest() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Zoë", "Smit",
				LocalDate.of(2014, 4, 4), null, null, null, Channel.PHONE, Referrer.VEILIG_THUIS, "Zorgen om veiligheid."),
				professional, Instant.parse("2026-11-12T09:00:00Z"))).id();
		browser.loginAs(lead);
		var page = browser.page();

		browser.open("/team");
		assertThat(page.locator("main")).containsText("Dit team mist expertise");
		page.locator("input[id='" + professional.username() + "-SAFETY']").check();
		click("Expertise van " + professional.displayName() + " opslaan");
		assertThat(page.locator(".utrecht-alert--ok")).containsText("bijgewerkt");
		browser.checkPage("team-expertise");

		browser.open("/hulpvragen/" + id + "/toewijzen?expertise=SAFETY");
		assertThat(page.locator("#professional option").first()).containsText("(voorstel)");
		browser.checkPage("team-assignment");
		click("Toewijzen");
		assertThat(page.locator(".utrecht-alert--ok")).containsText("Toegewezen aan");
	}

	@Test // TOE-9, SEC-2
	void showsTheMonthlyReportToTheTeamLead() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		for (var i = 0; i < 5; i++) {
			var registered = (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Sara",
					"Meijer", LocalDate.of(2012, 1, 1), null, null, null, Channel.PHONE, Referrer.PARENT, "Vraag."),
					professional, Instant.parse("2026-09-28T09:00:00Z"));
			registration.recordFirstConversation(registered.id(), LocalDate.of(2026, 10, 20), professional);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select count(*) from monitoring_treatment_wait where municipality_code = ? and started_on is not null")
				.param(world.municipality().value()).query(Long.class).single() == 5);
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));

		browser.open("/rapportages/maand?maand=2026-10");
		var table = browser.page().locator("table").first();
		assertThat(table).containsText("CJG Team Noord");
		assertThat(table.locator("tbody tr").first()).containsText(nl.jeugdregie.monitoring.Published.pattern(5));
		assertThat(table.locator("tbody tr").nth(1)).containsText("0");
		browser.checkPage("monitoring-monthly-report");

		var page = browser.page();
		// Issue 13 item 5: the month is a select of Dutch month names.
		page.getByLabel("Maand").selectOption("2026-09");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon rapportage")).click();
		assertThat(page.locator("#rapportage h2").first()).containsText("september 2026");
		assertThat(page).hasURL(java.util.regex.Pattern.compile("maand=2026-09"));
		browser.checkPage("monitoring-monthly-report-september");
	}

	@Test // BEY-2, SEC-2
	void showsTheNormsAndTheAuditTrailToTheAdministrator() {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));

		browser.open("/beheer/normen");
		assertThat(browser.page().locator("main")).containsText("Termijn tot in behandeling nemen");
		// Issue 13 item 8: no requirement codes in the UI.
		assertThat(browser.page().locator("main")).not().containsText("TOE-5");
		browser.checkPage("policy-norms");

		browser.open("/beheer/audit");
		browser.checkPage("audit-access-history");
		browser.open("/beheer/leefgebieden"); // TOE-4
		assertThat(browser.page().locator("main")).containsText("Leefgebieden voor de triage");
		browser.checkPage("intake-life-domains");
		browser.open("/beheer/audit/controle");
		browser.checkPage("audit-verification");
	}
}
