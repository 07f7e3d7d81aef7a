package nl.jeugdregie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: the README's screenshots (start page, file summary, worklist, dashboard) at desktop and phone width,
 * written to {@code docs/screenshots}. Each page is also checked (axe, console) like every browser test.
 */
@IntegrationTest
class ReadmeScreenshotsBrowserIntegrationTests {

	static final Path DOCS = Path.of("docs", "screenshots");

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;

	@Test
	@DisplayName("Writes the README screenshots of the start page, file summary, worklist and dashboard at 1280 and 390 px")
	void writesTheReadmeScreenshots() throws IOException {
		var world = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var file = register(professional, "Noor", "Bakker", LocalDate.of(2017, 2, 14), Referrer.GENERAL_PRACTITIONER,
				"Zorgen over slapen en concentratie op school.");
		register(professional, "Milan", "de Vries", LocalDate.of(2013, 6, 12), Referrer.SCHOOL, "Faalangst voor toetsen.");
		register(professional, "Sara", "Yilmaz", LocalDate.of(2010, 9, 3), Referrer.PARENT, "Ruzie thuis over schermtijd.");
		Files.createDirectories(DOCS);
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));
		var page = browser.page();

		for (var width : List.of(1280, 390)) {
			page.setViewportSize(width, width == 390 ? 844 : 900);
			var suffix = width == 390 ? "-phone" : "-desktop";
			browser.open("/");
			shoot("start" + suffix);
			browser.open("/hulpvragen/" + file);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat moet er nu gebeuren?")))
					.isVisible();
			shoot("file-summary" + suffix);
			browser.open("/werklijst");
			shoot("worklist" + suffix);
			browser.open("/dashboard");
			shoot("dashboard" + suffix);
		}
	}

	private void shoot(String name) {
		browser.page().screenshot(new Page.ScreenshotOptions().setPath(DOCS.resolve(name + ".png")).setFullPage(false));
		browser.checkPage("readme-" + name);
	}

	private String register(CurrentUser professional, String first, String last, LocalDate born, Referrer referrer,
			String question) {
		var result = registration.register(new RegisterHelpRequest(first, last, born, null, null, null, Channel.PHONE,
				referrer, question), professional, Instant.parse("2026-11-02T09:00:00Z"));
		return ((RegistrationResult.Registered) result).id().value().toString();
	}
}
