package nl.jeugdregie.messaging.internal.terms;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.messaging.IjwMessageType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16 item 4 (TOEW-7, BEY-5): a team lead filters the worklist of answer terms and reads the dashboard per flow in
 * a real browser at phone and desktop width, checked with axe-core (WCAG 2.1 A/AA); a refused filter shows the error
 * summary.
 */
@IntegrationTest
class TermsBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("TOEW-7, BEY-5: the worklist and dashboard of the iJw answer terms at 1280 and 390 px (OP090, OP271, OP090x4)")
	void showsTheTermsWorklistAndDashboard(int width) throws Exception {
		var world = fixtures.newWorld();
		IjwEvents.provider(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null),
				fixtures.user(Role.ADMINISTRATOR, world.municipality(), null),
				fixtures.user(Role.PROVIDER, world.municipality(), null), "Zorggroep Maasland", "98000011");
		var events = new IjwEvents(publisher, transactions, jdbc, world.municipality());
		events.sent(IjwMessageType.JW301, "T-1", "98000011", "2026-11-10T09:00:00Z", null);
		events.care(IjwMessageType.JW305, "S-1", "98000011", "2026-11-16T08:00:00Z", "2026-11-02");
		events.received(IjwMessageType.JW323, "D-1", "98000012", "2026-11-02T08:00:00Z", null);
		events.sent(IjwMessageType.JW325, "DA-1", "98000012", "2026-11-16T08:00:00Z", "D-1");
		events.awaitHandled();
		browser.page().setViewportSize(width, 900);
		browser.loginAs(fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));
		var page = browser.page();

		if (width < 800) {
			page.locator("#menu summary").click(); // on a phone the menu is a button
		}
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichttermijnen")).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Termijnen berichtenverkeer");
		assertThat(page.locator("#lijst tbody tr")).hasCount(3);
		assertThat(page.locator("#lijst tbody tr").first()).containsText("Verlopen");
		assertThat(page.locator("#lijst tbody tr").first()).containsText("Zorggroep Maasland (AGB 98000011)");
		browser.checkPage("messaging-terms-" + width);

		page.getByLabel("Berichtenstroom").selectOption("start");
		page.getByLabel("Status").selectOption("te-laat");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter toepassen")).click();
		assertThat(page.locator("#lijst tbody tr")).hasCount(1);
		assertThat(page.locator("#lijst tbody tr").first()).containsText("OP271");

		browser.open("/ijw/termijnen?aanbieder=123");
		assertThat(page).hasTitle("Fout: Termijnen berichtenverkeer – Jeugdregie");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("AGB-code van acht cijfers");
		browser.checkPage("messaging-terms-error-" + width);

		browser.open("/ijw/termijnen/overzicht");
		assertThat(page.locator("#stroom-toewijzing")).containsText("1");
		assertThat(page.locator("#stroom-declaratie td").first()).hasText("1");
		assertThat(page.locator("#stroom-start")).containsText("Start zorg (JW305)");
		browser.checkPage("messaging-terms-dashboard-" + width);
	}
}
