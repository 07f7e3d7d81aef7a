package nl.jeugdregie.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A policy officer sets up an action line with two KPIs in a real browser, fills in the hand-entered one, reads the
 * yearly status and downloads it as CSV and PDF (MON-4). Every page is checked with axe-core for WCAG 2.1 A/AA
 * and saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class KpiBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("MON-4: a policy officer keeps the KPIs of an action line and reads their yearly status")
	void keepsTheKpisOfAnActionLineAndReadsTheirStatus() throws Exception {
		var world = fixtures.newWorld();
		var events = new OutcomeEvents(publisher, transactions, jdbc, world);
		for (var i = 0; i < 12; i++) {
			var id = events.registered("2026-02-02", 10, null);
			events.started(id, "2026-02-02", i < 6 ? "2026-02-09" : "2026-03-02");
		}
		events.awaitHandled();
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, world.municipality(), null));
		var page = browser.page();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapportages").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KPI's per actielijn").setExact(true)).click();
		assertThat(page.locator("#leeg")).containsText("Er zijn nog geen actielijnen.");
		browser.checkPage("kpi-overview-empty");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Actielijn toevoegen")).click();
		page.getByLabel("Code").fill("5.3");
		button("Actielijn opslaan");
		assertThat(page.locator("#name-fout")).containsText("Vul de naam van de actielijn in.");
		browser.checkPage("kpi-action-line-refused");
		page.getByLabel("Naam").fill("Grip op de toegang");
		button("Actielijn opslaan");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Actielijn 5.3 is toegevoegd.");
		browser.checkPage("kpi-action-line");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KPI toevoegen")).click();
		page.getByLabel("Naam van de KPI").fill("Snel in gesprek");
		page.getByLabel("Wat meet de KPI?").selectOption(new SelectOption().setLabel("Binnen de wachttermijn in behandeling"));
		page.getByLabel("De uitkomst moet").selectOption(new SelectOption().setLabel("ten minste"));
		page.getByLabel("Streefwaarde").fill("120");
		button("KPI opslaan");
		assertThat(page.locator("#target-fout")).containsText("Een percentage is ten hoogste 100.");
		browser.checkPage("kpi-new-refused");
		page.getByLabel("Streefwaarde").fill("80");
		button("KPI opslaan");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("KPI 'Snel in gesprek' is toegevoegd aan actielijn 5.3.");
		// 6 of 12 started within the term: 50%, not on track for at least 80%.
		var row = page.locator("#actielijn-5\\.3 tr", new Page.LocatorOptions().setHasText("Snel in gesprek"));
		assertThat(row).containsText("ten minste 80%");
		// SEC-2: the percentage and "van" come from the published counts of 6 and 12; the verdict from the true ones.
		assertThat(row).containsText(java.util.regex.Pattern.compile("\\d+(,\\d)?%"));
		assertThat(row).containsText(java.util.regex.Pattern.compile("\\b(5|6|7|8) van (10|11|12|13|14)\\b"));
		assertThat(row).containsText("Niet op koers (voorlopig)");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KPI toevoegen aan actielijn 5.3")).click();
		page.getByLabel("Naam van de KPI").fill("Aanbieders leveren KPI's aan");
		page.getByLabel("Wat meet de KPI?").selectOption(new SelectOption().setLabel("Zelf invullen: percentage"));
		page.getByLabel("Streefwaarde").fill("90");
		button("KPI opslaan");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanbieders leveren KPI's aan")).click();
		assertThat(page.locator("#stand")).containsText("Nog niet ingevuld");
		page.getByLabel("Uitkomst", new Page.GetByLabelOptions().setExact(true)).fill("93,8");
		button("Uitkomst opslaan");
		assertThat(page.locator("#source-fout")).containsText("Vul de bron van de uitkomst in");
		page.getByLabel("Bron").fill("Jaaroverzicht contractbeheer 2026");
		button("Uitkomst opslaan");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De uitkomst is opgeslagen.");
		assertThat(page.locator("#stand")).containsText("93,8%");
		assertThat(page.locator("#stand")).containsText("Op koers (voorlopig)");
		browser.checkPage("kpi-detail");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KPI's per actielijn in 2026")).click();
		assertThat(page.locator("#stand")).containsText("1 op koers, 1 niet op koers");
		browser.checkPage("kpi-overview");

		var csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download als CSV")).click());
		assertThat(csv.suggestedFilename()).isEqualTo("kpis-2026.csv");
		assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8).split("\r\n")).contains(
				"Testgemeente " + world.municipality().value()
						+ ";2026;2026-01-01;2026-12-31;Actielijn 5.3 Grip op de toegang;Snel in gesprek;Status;Niet op koers (voorlopig);",
				"Testgemeente " + world.municipality().value()
						+ ";2026;2026-01-01;2026-12-31;Actielijn 5.3 Grip op de toegang;Aanbieders leveren KPI's aan;Uitkomst;93,8%;");
		var pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download als PDF")).click());
		try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.contains("KPI's per actielijn, gemeente Testgemeente " + world.municipality().value() + ", jaar 2026")
					.containsPattern("Snel in gesprek Binnen de wachttermijn in behandeling ten minste 80% \\d+(,\\d)?% "
							+ "(5|6|7|8) van (10|11|12|13|14) Niet op koers \\(voorlopig\\)")
					.contains("Legenda");
		}
	}

	private void button(String name) {
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}
}
