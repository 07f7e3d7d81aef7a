package nl.jeugdregie.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class AccessReviewBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ReasonedFileReads reads;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("SEC-2: a team lead reviews a read with a reason; the privacy officer sees it and downloads the AVG art. 15 overview as PDF")
	void leadReviewsAReadAndPrivacyOfficerDownloadsTheOverview(int width) throws Exception {
		var oss = new BreakTheGlassWorld(fixtures, registration, reads, jdbc);
		var overdue = oss.readWithReason(oss.colleague, "Vraag van Veilig Thuis over de regie in dit gezin");
		oss.readDaysAgo(overdue, 20);
		oss.readWithReason();
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;

		// The team lead: the menu entry, the list with its badges, one item, the check step.
		browser.loginAs(oss.lead);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzage met reden")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Inzage met reden");
		assertThat(page.locator("#te-beoordelen")).containsText("Termijn verstreken");
		assertThat(page.locator("#te-beoordelen")).containsText("Nog beoordelen");
		browser.checkPage("access-review-list" + suffix);
		page.locator("#te-beoordelen tbody tr").nth(1).getByRole(AriaRole.LINK).click();
		assertThat(page.locator("dl")).containsText(BreakTheGlassWorld.REASON);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page).hasTitle("Fout: Inzage beoordelen – Jeugdregie");
		browser.checkPage("access-review-item-error" + suffix);
		page.getByLabel("Gerechtvaardigd: de reden is goed").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Controleer uw beoordeling");
		assertThat(page.locator("#oordeel")).hasText("Gerechtvaardigd");
		browser.checkPage("access-review-check" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeling opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("is opgeslagen: gerechtvaardigd.");
		assertThat(page.locator("#beoordeelde")).containsText("Gerechtvaardigd");
		browser.checkPage("access-review-decided" + suffix);
		browser.logout();

		// The privacy officer: every team's list (read-only), then the overview and its PDF.
		browser.loginAs(oss.privacyOfficer);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzage met reden")).click();
		assertThat(page.locator("#te-beoordelen")).containsText("CJG Team Noord");
		assertThat(page.locator("#te-beoordelen")).containsText("Termijn verstreken");
		assertThat(page.locator("#beoordeelde")).containsText("door Test Teamleider");
		browser.checkPage("access-review-privacy-officer" + suffix);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzageoverzicht")).click();
		page.getByLabel("BSN of dossiernummer").fill(BreakTheGlassWorld.BSN);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overzicht maken")).click();
		assertThat(page.locator("#inzages")).containsText(BreakTheGlassWorld.REASON);
		browser.checkPage("access-overview" + suffix);
		var pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Download als PDF")).click());
		org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).isEqualTo("inzageoverzicht-2026-11-16.pdf");
		try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.contains("Wie heeft uw dossier bekeken?")
					.contains("Gemeente Testgemeente " + oss.world.municipality().value() + ". Gemaakt op 16 november 2026")
					.contains(BreakTheGlassWorld.REASON)
					.contains("Vraag van Veilig Thuis over de regie in dit gezin")
					.contains("Pagina 1 van 1");
		}
		org.assertj.core.api.Assertions.assertThat(oss.auditRows(AuditAction.ACCESS_OVERVIEW_MADE)).isEqualTo(2);
	}
}
