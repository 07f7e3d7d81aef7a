package nl.jeugdregie.monitoring.internal.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.monitoring.Published;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.Referrer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team lead opens the monitoring dashboard and the monthly report in a real browser: every page checked with
 * axe-core (WCAG 2.1 A/AA) and saved as a screenshot under target/screenshots; the report's downloads are read.
 */
@IntegrationTest
class DashboardBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("MON-1, MON-7, MON-10, SEC-2: a team lead filters the dashboard, sees charts and refused filters")
	void showsTheDashboardWithChartsAndRefusesBadFilters() {
		var world = fixtures.newWorld();
		var events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());
		for (var day = 1; day <= 9; day++) {
			var request = events.request().registered("2026-0" + day + "-0" + day,
					day % 4 == 0 ? Referrer.VEILIG_THUIS : Referrer.SCHOOL, day == 3 ? Crisis.DURING_OFFICE_HOURS : Crisis.NONE,
					null);
			request.conversations("2026-0" + day + "-2" + day, 1).closed("NO_CARE_NEEDED", "2026-0" + day + "-2" + day);
		}
		for (var i = 0; i < 6; i++) {
			events.request().registered("2026-10-0" + (i + 1)).conversations("2026-10-1" + i, 2)
					.transitioned("IN_CJG_TREATMENT", "CJG_TREATMENT", "2026-10-2" + i, null);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));
		var page = browser.page();

		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Dashboard")).click();
		page.getByLabel("Van maand").selectOption("2026-01");
		page.getByLabel("Tot en met maand").selectOption("2026-10");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Toon cijfers"))
				.click();
		assertThat(page.locator("#cijfer-registrations")).containsText(Published.pattern(15));
		assertThat(page.locator("#triage")).containsText("Nee is ook een antwoord");
		assertThat(page.locator("figure svg").first()).isVisible();
		// SEC-2: the months of one registration each show 0, and the legend says what a 0 stands for.
		assertThat(page.locator("#per-maand tbody tr").first()).containsText("0");
		assertThat(page.locator("#legenda")).containsText("een 0 betekent dus 0 tot en met 5");
		browser.checkPage("monitoring-dashboard");

		page.getByLabel("Van maand").selectOption("2026-10");
		page.getByLabel("Tot en met maand").selectOption("2026-03");
		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Toon cijfers"))
				.click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("De eindmaand ligt voor de beginmaand");
		browser.checkPage("monitoring-dashboard-errors");

		browser.open("/dashboard?van=2024-01&tot=2024-02");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Geen gegevens");
		browser.checkPage("monitoring-dashboard-empty");
	}

	@Test
	@DisplayName("MON-1, SEC-2: the monthly report downloads as CSV and PDF with the figures of the page")
	void downloadsTheMonthlyReport() throws Exception {
		var world = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();
		browser.open("/rapportages/maand?maand=2026-10");
		browser.checkPage("monitoring-monthly-report");

		var csv = page.waitForDownload(() -> page.getByText("Download als CSV").click());
		assertThat(Files.readString(csv.path())).contains(world.team().name());
		var pdf = page.waitForDownload(() -> page.getByText("Download als PDF").click());
		try (var document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("oktober 2026").contains(world.team().name());
		}
	}
}
