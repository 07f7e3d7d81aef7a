package nl.jeugdregie.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * A professional makes a future plan 18-/18+ and walks an adult's social work trajectory in a real browser; every
 * page is checked with axe-core for WCAG 2.1 A/AA and saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class FuturePlanBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;

	@Test
	@DisplayName("PLAN-4: makes a future plan for a young person of 17, refused for a child of 11, from the worklist of young people turning 18")
	void makesAFuturePlan() {
		var world = fixtures.newWorld();
		var page = browser.page();

		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		browser.loginAs(professional);
		browser.open("/gezinnen/nieuw?hulpvraag=" + RegisteredHelpRequests.register(registration, professional));
		label("Naam van het gezin (verplicht)").fill("Gezin Yilmaz");
		button("Gezin aanmaken");
		addYoungPerson("Emre Yilmaz", "2009-01-10");
		addYoungPerson("Elif Yilmaz", "2015-04-01");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bijna 18").setExact(true)).click();
		assertThat(page.locator("main")).containsText("Emre Yilmaz");
		browser.checkPage("future-worklist");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emre Yilmaz")).click();
		browser.checkPage("future-plans");

		label("Voor welke jongere? (verplicht)").selectOption(new SelectOption().setLabel("Elif Yilmaz (11 jaar)"));
		button("Toekomstplan maken");
		assertThat(page.locator("#youngPerson-fout")).containsText("Deze jongere is 11 jaar. Een toekomstplan is voor jongeren van 16 tot en met 27 jaar.");
		browser.checkPage("future-plans-refused");
		label("Voor welke jongere? (verplicht)").selectOption(new SelectOption().setLabel("Emre Yilmaz (17 jaar)"));
		label("Wat wil de jongere zelf?").fill("Op kamers in Oss en een opleiding in de zorg");
		button("Toekomstplan maken");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het toekomstplan is gemaakt");

		button("Leefgebied opslaan");
		assertThat(page.locator("#networkDoes-fout")).containsText("Vul in wie wat doet");
		browser.checkPage("future-plan-errors");
		label("Leefgebied (verplicht)").selectOption("HOUSING");
		label("Hoe gaat het nu? (verplicht)").fill("Emre woont bij zijn moeder.");
		label("Wat is nodig? (verplicht)").fill("Een eigen kamer vanaf de zomer.");
		label("Wie uit het netwerk doet wat?").fill("Oom Karim helpt met zoeken en verhuizen.");
		label("Welke hulpverlener doet wat?").fill("De jeugdprofessional schrijft Emre in bij de woningcorporatie.");
		button("Leefgebied opslaan");
		label("Soort datum (verplicht)").selectOption("END_OF_YOUTH_CARE");
		label("Datum (verplicht)").fill("2027-01-10");
		label("Waarover gaat deze datum? (verplicht)").fill("De ambulante jeugdhulp stopt.");
		button("Datum toevoegen");
		assertThat(page.locator("#leefgebieden")).containsText("Oom Karim helpt met zoeken en verhuizen.");
		assertThat(page.locator("#datums")).containsText("De ambulante jeugdhulp stopt.");
		browser.checkPage("future-plan");
	}

	@Test
	@DisplayName("PLAN-8, PLAN-9: registers an adult, clarifies the question, runs steun en leun and closes with an exit route")
	void walksASocialWorkTrajectory() {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team()));
		var page = browser.page();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maatschappelijk werk").setExact(true)).click();
		browser.checkPage("social-work-worklist-empty");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe aanmelding vastleggen")).click();
		label("Datum van aanmelding (verplicht)").fill("");
		button("Aanmelding vastleggen");
		assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Controleer het formulier");
		browser.checkPage("social-work-new-errors");
		label("Naam van de inwoner (verplicht)").fill("Greet Hendriks");
		label("Geboortedatum (verplicht)").fill("1958-04-02");
		label("Wat is de vraag? (verplicht)").fill("Ik voel me alleen sinds mijn man is overleden.");
		label("Datum van aanmelding (verplicht)").fill("2026-11-02");
		button("Aanmelding vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Plan het eerste gesprek");
		browser.checkPage("social-work-registered");

		label("Datum van het gesprek (verplicht)").fill("2026-11-05");
		label("Wat is er besproken? (verplicht)").fill("Kennismaking en wat Greet zelf wil.");
		button("Gesprek vastleggen");
		label("Datum waarop de vraag helder was (verplicht)").fill("2026-11-05");
		label("Wat is de vraag nu? (verplicht)").fill("Greet wil weer mensen ontmoeten; de buurvrouw gaat mee naar de inloop.");
		label("Soort traject (verplicht)").selectOption("SUPPORT_AND_LEAN");
		button("Vraagverheldering afronden");
		assertThat(page.locator("#contactRhythmWeeks-fout")).containsText("Kies hoe vaak er contact is");
		browser.checkPage("social-work-clarifying-errors");
		label("Contact elke zoveel weken").fill("4");
		button("Vraagverheldering afronden");
		assertThat(page.locator("main")).containsText("Steun en leun, contact elke 4 weken");

		label("Soort (verplicht)").selectOption("CONTACT");
		label("Datum (verplicht)").fill("2026-11-12");
		label("Wie zocht het contact? (verplicht)").selectOption("RESIDENT");
		label("Wat is er besproken? (verplicht)").fill("Greet belde: ze was naar de inloop geweest.");
		button("Contact vastleggen");
		assertThat(page.locator("main")).containsText("Volgend contact uiterlijk");
		browser.checkPage("social-work-steun-en-leun");

		label("Datum van afsluiten (verplicht)").fill("2026-11-16");
		label("Waar kan de inwoner na het traject terecht? (verplicht)").selectOption("LOW_THRESHOLD_ACTIVITIES");
		button("Traject afsluiten");
		assertThat(page.locator("main")).containsText("Laagdrempelige activiteiten");
		browser.checkPage("social-work-closed");
	}

	private void addYoungPerson(String name, String dateOfBirth) {
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Persoon toevoegen").setExact(true)).click();
		label("Naam (verplicht)").fill(name);
		label("Wie is deze persoon in het gezin? (verplicht)").selectOption("YOUNG_PERSON");
		label("Relatie").fill("kind");
		label("Geboortedatum").fill(dateOfBirth);
		button("Persoon toevoegen");
	}

	private Locator label(String text) {
		return browser.page().getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private void button(String name) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
