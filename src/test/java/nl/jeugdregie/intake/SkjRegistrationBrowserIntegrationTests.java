package nl.jeugdregie.intake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
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
 * SEC-1 (issue 14 item 4, ADR 0040) in the browser: the administrator records an SKJ number and end date on two
 * professionals; the team lead sees the registrations that ended or end soon and the flag on the team page; on a help
 * request the professional whose registration ended comes last in the suggestions, marked, and assigning to her is
 * refused with a Dutch message naming the end date. At 1280 and 390 px, with screenshots.
 */
@IntegrationTest
class SkjRegistrationBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("SEC-1: SKJ registration recorded, listed and flagged; an ended one is last in the suggestions and refused on assignment")
	void recordsListsFlagsAndBlocksAnEndedSkjRegistration(int width) {
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		var anna = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var bram = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var today = LocalDate.ofInstant(browser.clock().instant(), browser.clock().getZone());

		// The administrator records both registrations on the users' pages; a number with letters is refused first.
		browser.loginAs(admin);
		browser.open("/beheer/gebruikers/" + anna.username() + "/skj");
		page.getByLabel("SKJ-registratienummer").fill("12a45");
		page.getByLabel("Geregistreerd tot en met").fill(today.minusDays(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page).hasTitle(Pattern.compile("^Fout: SKJ-registratie"));
		assertThat(page.locator("#foutmeldingen")).isFocused();
		browser.checkPage("skj-admin-error" + suffix);
		page.getByLabel("SKJ-registratienummer").fill("100012345");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("main")).containsText("Nummer 100012345");
		browser.checkPage("skj-admin-saved" + suffix);
		browser.open("/beheer/gebruikers/" + bram.username() + "/skj");
		page.getByLabel("SKJ-registratienummer").fill("100054321");
		page.getByLabel("Geregistreerd tot en met").fill(today.plusYears(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.locator("main")).containsText("Nummer 100054321");
		browser.open("/beheer/skj-registraties");
		assertThat(page.locator("main")).containsText(anna.displayName());
		assertThat(page.locator("main")).containsText("(verlopen)");
		browser.checkPage("skj-admin-list" + suffix);
		browser.logout();

		// The team lead: the list of ended and ending registrations, and the flag on the team page.
		browser.loginAs(lead);
		browser.open("/team/skj-registraties");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("SKJ-registraties die aflopen");
		assertThat(page.locator("main")).containsText("100012345");
		assertThat(page.locator("main")).containsText("(verlopen)");
		assertThat(page.locator("main")).not().containsText("100054321");
		browser.checkPage("skj-team-lead-list" + suffix);
		browser.open("/team");
		assertThat(page.locator("main")).containsText("Bekijk de SKJ-registraties");
		assertThat(page.locator("main")).containsText("Verlopen sinds");
		browser.checkPage("skj-team-page" + suffix);

		// A help request: the ended registration is last in the suggestions, marked, and assigning to her is refused.
		var request = register(anna);
		browser.open("/hulpvragen/" + request.value() + "/toewijzen"); // assigning is an action page of its own
		var options = page.locator("select#professional option");
		assertThat(options.last()).containsText(anna.displayName());
		assertThat(options.last()).containsText("SKJ-registratie verlopen");
		assertThat(options.first()).containsText(bram.displayName());
		page.locator("select#professional").selectOption(anna.username());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzen").setExact(true)).click();
		assertThat(page.locator("#professional-fout")).containsText("niet meer geregistreerd bij het SKJ");
		assertThat(page.locator("#professional-fout")).containsText(String.valueOf(today.minusDays(1).getYear()));
		browser.checkPage("skj-assignment-refused" + suffix);
		assertThat(jdbc.sql("select assigned_to from help_request where id = ?").param(request.value())
				.query(String.class).optional()).isEmpty();
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
		browser.logout();
	}

	private HelpRequestId register(CurrentUser by) {
		return ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Lucas", "Meijer",
				LocalDate.of(2011, 1, 1), null, null, null, Channel.PHONE, Referrer.VEILIG_THUIS, "Zorgen om veiligheid."),
				by, Instant.parse("2026-11-12T09:00:00Z"))).id();
	}
}
