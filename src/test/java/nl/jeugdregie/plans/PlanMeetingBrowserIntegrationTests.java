package nl.jeugdregie.plans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * A professional builds a family's plan through an MDO and records progress on a goal in a real browser; every
 * page is checked with axe-core for WCAG 2.1 A/AA and saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class PlanMeetingBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired nl.jeugdregie.intake.HelpRequestRegistration registration;

	@Test
	@DisplayName("PLAN-1, PLAN-5: builds a household's plan through an MDO, records progress and evaluates")
	void buildsAPlanThroughAnMdoAndRecordsProgress() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		browser.loginAs(professional);
		var page = browser.page();

		var helpRequest = RegisteredHelpRequests.register(registration, professional);
		browser.open("/gezinnen?hulpvraag=" + helpRequest);
		label("Naam van het gezin (verplicht)").fill("Gezin Yilmaz");
		button("Gezin aanmaken");
		link("Persoon toevoegen");
		label("Naam (verplicht)").fill("Ayse Yilmaz");
		label("Wie is deze persoon in het gezin? (verplicht)").selectOption("PARENT");
		button("Persoon toevoegen");
		link("Gezinsplan");
		link("Doel toevoegen");
		label("Leefgebied (verplicht)").selectOption("FINANCES");
		label("Doel (verplicht)").fill("Wij hebben geen schulden meer");
		label("Prioriteit van het gezin (verplicht)").fill("1");
		label("Wie werkt aan dit doel? (verplicht)").selectOption("FAMILY");
		button("Doel toevoegen");

		link("MDO");
		browser.checkPage("plans-mdo-empty");
		label("Datum van het MDO (verplicht)").fill("2026-11-16");
		label("Besluiten").fill("Ayse gaat naar de schuldhulp");
		button("MDO vastleggen");
		assertThat(page.locator("#participants-fout")).containsText("Een MDO zonder deelnemers kan niet");
		browser.checkPage("plans-mdo-errors");
		label("Naam deelnemer 1").fill("Ayse Yilmaz");
		label("Wie is deelnemer 1?").selectOption("FAMILY");
		label("Naam deelnemer 2").fill("Schuldhulpmaatje");
		label("Wie is deelnemer 2?").selectOption("NETWORK");
		label("Deelnemer 2 was aanwezig").check();
		button("MDO vastleggen");
		assertThat(page.locator("#absenceReason-fout")).containsText("Niemand van het gezin was erbij.");
		label("Deelnemer 1 was aanwezig").check();
		label("Agenda").fill("Geldzaken\nSchool van de kinderen");
		label("Datum volgend MDO").fill("2027-01-11");
		button("MDO vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het MDO is vastgelegd");
		link("MDO");
		assertThat(page.locator("#mdos")).containsText("Ayse gaat naar de schuldhulp");
		assertThat(page.locator("#mdos")).containsText("Versie 3");
		browser.checkPage("plans-mdo");

		link("Voortgang en evaluatie");
		label("Over welk doel? (verplicht)").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		label("Datum van de meting (verplicht)").fill("2026-11-16");
		label("Cijfer van 1 tot en met 10 (verplicht)").fill("4");
		label("Hoe gaat het met dit doel? (verplicht)").selectOption("ON_TRACK");
		label("Toelichting").fill("De eerste afspraak met de schuldhulp is gemaakt");
		button("Voortgang vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De voortgang is vastgelegd.");
		link("Voortgang en evaluatie");
		assertThat(page.locator("#voortgang")).containsText("De eerste afspraak met de schuldhulp is gemaakt");
		label("Wanneer evalueert u? (verplicht)").selectOption("MDO");
		label("Datum van de evaluatie (verplicht)").fill("2026-11-16");
		button("Evaluatie vastleggen");
		assertThat(page.locator("#meeting-fout")).containsText("Kies het MDO");
		browser.checkPage("plans-progress-errors");
		label("Bij welk MDO?").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		label("Opmerkingen").fill("Let op spanningen tussen de ouders");
		button("Evaluatie vastleggen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De evaluatie is vastgelegd.");
		link("Voortgang en evaluatie");
		assertThat(page.locator("#evaluaties")).containsText("0 van 1");
		browser.checkPage("plans-progress");

		link("Gezinsplan om te printen");
		assertThat(page.locator("main")).containsText("4 van de 10, gaat goed");
		assertThat(page.locator("main")).containsText("Het volgende overleg is op 11-1-2027");
		assertThat(page.locator("main")).not().containsText("spanningen");
		browser.checkPage("plans-family-plan");
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
