package nl.jeugdregie.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.AllocationEnded;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16 items 2 and 7 (TOEW-7): a youth professional reads the outgoing JW301s, finds the one that waits for a
 * BSN, tries it again, and reads the iJw messages of the allocation (JW301s, the JW302 retour, the start of care), at
 * 1280 and 390 px; every page checked with axe-core and saved as a screenshot.
 */
@IntegrationTest
class OutgoingMessagesBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;

	void awaitHandled() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("TOEW-7: the outgoing list with a JW301 waiting for a BSN, tried again, and the allocation's iJw messages")
	void readsOutgoingMessagesAndTheAllocationsHistory(int width) throws Exception {
		var w = MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		awaitHandled();
		var municipality = w.world().municipality().value();
		var identification = jdbc.sql("select identification from messaging_message where municipality_code = ? and type = 'JW301'")
				.param(municipality).query(String.class).single();
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(OutgoingAllocationMessagesIntegrationTests.jw302(w, identification, "R1").getBytes(StandardCharsets.UTF_8))));
		mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(w.start("S1", "2026-12-02").getBytes(StandardCharsets.UTF_8))));
		var helpRequest = jdbc.sql("select help_request_id from allocation_allocation where municipality_code = ? and number = ?")
				.params(municipality, w.allocationNumber()).query(UUID.class).single();
		jdbc.sql("update help_request set bsn = null where id = ?").param(helpRequest).update();
		transactions.executeWithoutResult(status -> publisher.publishEvent(new AllocationEnded(w.world().municipality(),
				w.allocationNumber(), LocalDate.parse("2026-12-20"), ChangeReason.REASSESSMENT_SHORTENING, 0,
				Instant.parse("2026-11-16T09:30:00Z"))));
		awaitHandled();

		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		browser.loginAs(w.professional());
		browser.open("/ijw/uitgaande-berichten");
		assertThat(page.locator("#lijst")).containsText("Wacht: BSN ontbreekt");
		assertThat(page.locator("#lijst")).containsText("Goedgekeurd door aanbieder");
		browser.checkPage("ijw-outgoing" + suffix);

		page.getByLabel("BSN van de jeugdige").fill("12345");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter toepassen")).click();
		assertThat(page).hasTitle("Fout: Uitgaande berichten – Jeugdregie");
		browser.checkPage("ijw-outgoing-error" + suffix);

		page.getByLabel("BSN van de jeugdige").fill("");
		page.getByLabel("Status").selectOption("waiting_bsn");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter toepassen")).click();
		assertThat(page.locator("#lijst-kop")).containsText("van 1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opnieuw proberen").setExact(false)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wacht: BSN ontbreekt");

		jdbc.sql("update help_request set bsn = '999900006' where id = ?").param(helpRequest).update();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opnieuw proberen").setExact(false)).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Verstuurd");
		browser.checkPage("ijw-outgoing-retried" + suffix);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten van toewijzing " + w.allocationNumber()))
				.first().click();
		var section = page.locator("#ijw-berichten");
		assertThat(section).containsText("Zorg gestart op 2 december 2026");
		assertThat(section).containsText("Retour van de aanbieder (JW302)");
		assertThat(section).containsText("Toewijzingsbericht (JW301): Nieuwe toewijzing");
		assertThat(section).containsText("Toewijzingsbericht (JW301): Einddatum eerder");
		browser.checkPage("ijw-allocation-messages" + suffix);
	}
}
