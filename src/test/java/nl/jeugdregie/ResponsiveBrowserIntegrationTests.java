package nl.jeugdregie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 items 4 and 10: every main page of every role at phone (390 px) and desktop (1280 px) width is never
 * wider than the screen, has no WCAG 2.1 A/AA violation and no console error; the menu is a button on small
 * screens and marks the page the user is on.
 */
@IntegrationTest
class ResponsiveBrowserIntegrationTests {

	static final int PHONE = 390;
	static final int DESKTOP = 1280;

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("Case workers' pages (worklist, file, safety, team, future plans, social work, household) fit 390 and 1280 px")
	void showsEveryPageOfACaseWorkerAtPhoneAndDesktopWidth() {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var file = "/hulpvragen/" + register(professional);
		browser.loginAs(professional);
		browser.open("/gezinnen/nieuw?hulpvraag=" + register(professional));
		browser.page().getByLabel("Naam van het gezin (verplicht)").fill("Gezin De Vries");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gezin aanmaken")).click();
		browser.page().waitForLoadState();
		var household = browser.path().replaceAll("[?#].*", "");
		Assertions.assertThat(household).startsWith("/gezinnen/");

		var pages = new LinkedHashMap<String, String>();
		pages.put("start", "/");
		pages.put("worklist", "/werklijst");
		pages.put("new-request", "/hulpvragen/nieuw");
		pages.put("file", file);
		// Issue 13 item 2: the file's actions, each on its own page.
		pages.put("file-first-conversation", file + "/eerste-gesprek");
		pages.put("file-life-domains", file + "/leefgebieden");
		pages.put("file-closure", file + "/afsluiten");
		pages.put("safety", file + "/veiligheid");
		pages.put("team", "/team");
		pages.put("future-plans", "/toekomstplannen");
		pages.put("social-work", "/maatschappelijk-werk");
		pages.put("household", household);
		pages.put("household-plan", household + "/plan");
		pages.put("password", "/wachtwoord");
		pages.put("not-found", "/bestaat-niet");
		checkEverywhere("youth-professional", pages);
	}

	@Test
	@DisplayName("Team lead's and policy officer's pages (dashboard, reports, KPIs, norms, steering) fit 390 and 1280 px")
	void showsEveryPageOfATeamLeadAndAPolicyOfficerAtPhoneAndDesktopWidth() {
		var world = fixtures.newWorld();
		var teamLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		register(fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team()));
		browser.loginAs(teamLead);
		var lead = new LinkedHashMap<String, String>();
		lead.put("start", "/");
		lead.put("worklist", "/werklijst");
		lead.put("dashboard", "/dashboard");
		lead.put("reports", "/rapportages");
		lead.put("monthly", "/rapportages/maand");
		lead.put("kpis", "/rapportages/kpi");
		checkEverywhere("team-lead", lead);

		browser.logout();
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var policy = new LinkedHashMap<String, String>();
		policy.put("start", "/");
		policy.put("dashboard", "/dashboard");
		policy.put("reports", "/rapportages");
		policy.put("quarter", "/rapportages/kwartaal");
		policy.put("half-year", "/rapportages/halfjaar");
		policy.put("kpis", "/rapportages/kpi");
		policy.put("norms", "/beheer/normen");
		policy.put("steering", "/sturing");
		policy.put("forbidden", "/beheer/teams");
		checkEverywhere("policy-officer", policy);
	}

	@Test
	@DisplayName("Administrator's, provider's and other roles' pages fit 390 and 1280 px")
	void showsEveryPageOfTheOtherRolesAtPhoneAndDesktopWidth() {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.ADMINISTRATOR, world.municipality(), null));
		var admin = new LinkedHashMap<String, String>();
		admin.put("start", "/");
		admin.put("teams", "/beheer/teams");
		admin.put("users", "/beheer/gebruikers");
		admin.put("new-user", "/beheer/gebruikers/nieuw");
		admin.put("audit", "/beheer/audit");
		admin.put("life-domains", "/beheer/leefgebieden");
		admin.put("norms", "/beheer/normen");
		admin.put("locked-accounts", "/beheer/vergrendelde-accounts");
		admin.put("api-tokens", "/beheer/api-tokens");
		admin.put("steering", "/sturing");
		checkEverywhere("administrator", admin);

		for (var role : List.of(Role.PROVIDER, Role.PRIVACY_OFFICER, Role.COMPULSORY_EDUCATION_OFFICER, Role.EDITOR)) {
			browser.logout();
			browser.loginAs(fixtures.user(role, world.municipality(), null));
			var pages = new LinkedHashMap<String, String>();
			pages.put("start", "/");
			if (role == Role.PROVIDER) {
				pages.put("steering", "/sturing");
			}
			checkEverywhere(role.name().toLowerCase().replace('_', '-'), pages);
		}
	}

	@Test
	@DisplayName("On a phone the menu is a button that opens the list; the menu marks the current page")
	void showsTheMenuAsAButtonOnAPhoneAndMarksTheCurrentPage() {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));
		var page = browser.page();

		page.setViewportSize(PHONE, 844);
		browser.open("/dashboard");
		var button = page.locator("#menu > summary");
		assertThat(button).isVisible();
		assertThat(button).hasText("Menu");
		var dashboard = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true));
		assertThat(dashboard).isHidden();
		browser.checkPage("menu-phone-closed");
		// Two short rows for a case worker: brand, menu and logout; then the search box (issue 13 item 1).
		Assertions.assertThat(page.locator(".jr-header").boundingBox().height).as("header height at 390 px")
				.isLessThanOrEqualTo(140);

		page.setViewportSize(320, 700);
		Assertions.assertThat(page.locator(".jr-header").boundingBox().height).as("header height at 320 px")
				.isLessThanOrEqualTo(140);
		assertNotWiderThanTheScreen("menu-320");
		page.setViewportSize(PHONE, 844);

		button.click();
		assertThat(dashboard).isVisible();
		assertThat(dashboard).hasAttribute("aria-current", "page");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werklijst").setExact(true)))
				.not().hasAttribute("aria-current", "page");
		assertNotWiderThanTheScreen("menu-phone-open");
		browser.checkPage("menu-phone-open");

		page.setViewportSize(DESKTOP, 800);
		browser.open("/werklijst");
		assertThat(button).isHidden();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werklijst").setExact(true)))
				.hasAttribute("aria-current", "page");
	}

	private void checkEverywhere(String role, Map<String, String> pages) {
		var page = browser.page();
		var failures = new ArrayList<String>();
		for (var width : List.of(DESKTOP, PHONE)) {
			page.setViewportSize(width, width == PHONE ? 844 : 800);
			for (var entry : pages.entrySet()) {
				browser.open(entry.getValue());
				var name = "responsive-" + role + "-" + entry.getKey() + "-" + width;
				var overflow = overflow();
				if (overflow > 0) {
					browser.screenshot(name);
					failures.add(entry.getValue() + " at " + width + " px is " + overflow + " px wider than the screen"
							+ " (widest: " + widest() + ")");
					continue;
				}
				browser.checkPage(name);
			}
		}
		Assertions.assertThat(failures).as("pages wider than the screen").isEmpty();
	}

	private void assertNotWiderThanTheScreen(String name) {
		Assertions.assertThat(overflow()).as("%s: scrollWidth - innerWidth (widest: %s)", name, widest()).isLessThanOrEqualTo(0);
	}

	private int overflow() {
		return ((Number) browser.page().evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
				.intValue();
	}

	/** The element that sticks out furthest to the right, to name in a failure. */
	private String widest() {
		return String.valueOf(browser.page().evaluate("""
				() => {
				  let widest = null, right = window.innerWidth;
				  for (const element of document.querySelectorAll('body *')) {
				    const box = element.getBoundingClientRect();
				    if (box.right > right + 0.5) { right = box.right; widest = element; }
				  }
				  return widest ? widest.tagName.toLowerCase() + '.' + [...widest.classList].join('.') + ' (right '
				      + Math.round(right) + ')' : 'none';
				}"""));
	}

	private String register(CurrentUser professional) {
		var result = registration.register(new RegisterHelpRequest("Noor", "Bakker", LocalDate.of(2017, 2, 14), null,
				"Eva Bakker", "moeder", Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Zorgen over slapen en school."),
				professional, Instant.parse("2026-11-10T09:00:00Z"));
		return ((RegistrationResult.Registered) result).id().value().toString();
	}
}
