package nl.jeugdregie.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 in a real browser at 1280 and 390 px: a team lead finds the requests past the 2-week norm with the
 * worklist's filter and assigns one from the list; a professional finds a child by name and by HV number with the
 * search box in the header. Every page is checked with axe-core, never wider than the screen, and saved as a
 * screenshot under target/screenshots.
 */
@IntegrationTest
class FindAndAssignBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("Issue 13, items 1, 3 and 6: the team lead filters the worklist on the overdue norm and assigns one from the list")
	void teamLeadFindsOverdueRequestsAndAssignsOne(int width) {
		var world = fixtures.newWorld();
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var late = register(professional, "Tess", "van Dijk", "2026-10-26", null);
		register(professional, "Sem", "de Boer", "2026-10-30", null);
		register(professional, "Lot", "Bakker", "2026-11-12", null);
		var page = browser.page();
		page.setViewportSize(width, 844);

		browser.loginAs(lead);
		assertThat(page.locator("#vandaag")).hasText("Wat vraagt vandaag uw aandacht?");
		assertThat(page.locator(".jr-today")).containsText("Nog niet toegewezen");
		check("find-start-team-lead-" + width);

		browser.open("/werklijst");
		page.getByLabel("Normtermijn").selectOption("overschreden");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter toepassen")).click();
		assertThat(page.locator("#lijst-kop")).hasText("Hulpvragen 1 tot en met 2 van 2");
		assertThat(page.locator("#lijst")).not().containsText("Lot Bakker");
		check("find-worklist-overdue-" + width);

		var row = page.locator("tr", new Page.LocatorOptions().setHas(page.getByText(late.number())));
		row.getByLabel("Toewijzen " + late.number()).selectOption(professional.username());
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Toewijzen")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Toegewezen aan Test Jeugdprofessional.");
		assertThat(page.locator("tr", new Page.LocatorOptions().setHas(page.getByText(late.number()))))
				.containsText("Test Jeugdprofessional");
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select assigned_to from help_request where id = ?")
				.param(late.id().value()).query(String.class).single()).isEqualTo(professional.username());
		check("find-worklist-assigned-" + width);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("Issue 13, item 1: a professional finds a child by name and by HV number with the search box in the header")
	void professionalFindsAChildByNameAndNumber(int width) {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var child = register(professional, "Mila", "Hendriks", "2026-11-10", "123456782");
		register(professional, "Finn", "Hendriks", "2026-11-11", null);
		var page = browser.page();
		page.setViewportSize(width, 844);

		browser.loginAs(professional);
		check("find-start-professional-" + width);
		search("mila hend");
		assertThat(page.locator("main")).containsText("1 dossier gevonden");
		assertThat(page.locator("main")).containsText("Mila Hendriks");
		assertThat(page.locator("main")).not().containsText("Finn");
		check("find-search-name-" + width);

		search(child.number());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hulpvraag " + child.number())).click();
		assertThat(page.locator("main")).containsText("Mila");
		org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo("/hulpvragen/" + child.id());
	}

	private void search(String text) {
		var header = browser.page().locator("form.jr-search");
		header.getByLabel("Zoek kind of gezin").fill(text);
		header.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Zoeken");
	}

	private void check(String name) {
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(name + " fits the screen").isTrue();
		browser.checkPage(name);
	}

	private RegistrationResult.Registered register(CurrentUser by, String given, String family, String on,
			@org.jspecify.annotations.Nullable String bsn) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest(given, family,
				LocalDate.of(2016, 2, 9), bsn, null, null, Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Zorgen over slapen.",
				false), by, Instant.parse(on + "T09:00:00Z"));
	}
}
