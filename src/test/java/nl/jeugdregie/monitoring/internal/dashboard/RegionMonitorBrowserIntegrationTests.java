package nl.jeugdregie.monitoring.internal.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.monitoring.Published;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A policy officer goes from the dashboard to the regional monitor in a real browser (MON-9), sees the MON-8
 * notice, a refused period and the message for a municipality in no region: each page checked with axe-core and
 * saved as a screenshot under target/screenshots.
 */
@IntegrationTest
class RegionMonitorBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("MON-9, MON-8, SEC-2: a policy officer compares the municipalities of the region")
	void comparesTheMunicipalitiesOfTheRegion() {
		var region = TestRegion.create(fixtures, jdbc);
		var north = new IntakeEvents(publisher, transactions, region.north().municipality(), region.north().team().id());
		for (var i = 1; i <= 7; i++) {
			north.request().registered("2026-10-0" + i).conversations("2026-10-1" + i, 1);
		}
		var south = new IntakeEvents(publisher, transactions, region.south().municipality(), region.south().team().id());
		south.request().registered("2026-10-05");
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select (select count(*) from event_publication where listener_id like '%DashboardProjection%'
				and completion_date is null) + (select count(*) from monitoring_registration_inbox)""").query(Long.class).single() == 0);
		browser.loginAs(fixtures.user(Role.POLICY_OFFICER, region.north().municipality(), null));
		var page = browser.page();

		browser.open("/dashboard");
		assertThat(page.locator("#individuele-voorzieningen")).containsText("Geen gegevens");
		browser.checkPage("monitoring-dashboard-in-kind");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergelijk met de andere gemeenten in uw regio (regionale monitor toegang)")).click();
		page.getByLabel("Van maand").selectOption("2026-10");
		page.getByLabel("Tot en met maand").selectOption("2026-10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon cijfers")).click();
		assertThat(page.locator("#per-gemeente")).containsText("Regiotest Noord (uw gemeente)");
		assertThat(page.locator("#per-gemeente")).containsText("Regiotest Zuid");
		assertThat(page.locator("#regio-totaal")).containsText(Published.pattern(8));
		// SEC-2: south's single registration shows as 0; the legend explains the published counts.
		assertThat(page.locator("#legenda")).containsText("een 0 betekent dus 0 tot en met 5");
		browser.checkPage("monitoring-region");

		page.getByLabel("Van maand").selectOption("2026-10");
		page.getByLabel("Tot en met maand").selectOption("2026-03");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon cijfers")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("De eindmaand ligt voor de beginmaand");
		browser.checkPage("monitoring-region-errors");

		browser.logout();
		var outside = fixtures.newWorld();
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, outside.municipality(), outside.team()));
		browser.open("/dashboard/regio");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw gemeente hoort bij geen regio");
		browser.checkPage("monitoring-region-none");
	}
}
