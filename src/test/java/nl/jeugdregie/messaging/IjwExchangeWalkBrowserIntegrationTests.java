package nl.jeugdregie.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.DeclarationMessagesIntegrationTests.Line;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, "done when": the whole exchange of one allocation, through the API as a provider's system uses it and in
 * the browser as the access team and the administrator read it: allocation decided → JW301 in the outbox, schema-valid
 * → the provider's JW302 → a JW305 starts the care → a JW323 declaration → the JW325 names the rejected line and the
 * declaration page shows both lines → the terms dashboard shows everything answered in time.
 */
@IntegrationTest
class IjwExchangeWalkBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("TOEW-7, BEY-5: allocation decided → JW301 → JW302 → JW305 starts the care → JW323 → JW325 with the rejected line → every term met in time")
	void walksTheExchangeOfOneAllocation(int width) throws Exception {
		// The access team decided an allocation (through the API: arrangement, agreement, decision).
		var w = MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var n = w.allocationNumber();
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from messaging_outbox where municipality_code = ? and status = 'SENT'""")
				.param(w.world().municipality().value()).query(Long.class).single() == 1);

		// The provider fetches its JW301 from the outbox: schema-valid, with the allocation's number.
		var list = mvc.perform(as(w.provider(), get("/api/v1/ijw/outgoing"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		String id = JsonPath.read(list, "$.rows[0].messageId");
		String identification = JsonPath.read(list, "$.rows[0].identification");
		var jw301 = mvc.perform(as(w.provider(), get("/api/v1/ijw/outgoing/" + id))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
		assertThat(IjwMessagesIntegrationTests.SCHEMAS.validate(IjwMessageType.JW301, IjwMessagesIntegrationTests.XML.parse(jw301)))
				.isEmpty();
		assertThat(new String(jw301, StandardCharsets.UTF_8)).contains("<jw301:ToewijzingNummer>" + n + "<");

		// Its JW302 (accepted), then a JW305: the care started on 1 December.
		deliver(w, OutgoingAllocationMessagesIntegrationTests.jw302(w, identification, "R" + width), 204);
		var jw306 = deliver(w, w.start("S" + width, "2026-12-01"), 200);
		assertThat(jw306).doesNotContain("RetourCode");

		// A JW323 with two lines: the first as allocated, the second at another tariff than the contract's.
		var jw325 = deliver(w, DeclarationMessagesIntegrationTests.jw323(w, "D" + width, "DW" + width, List.of(
				Line.ofMonth("RW1", n, 2), Line.ofMonth("RW2", n, 1).tariff(9000))),
				200);
		assertThat(IjwMessagesIntegrationTests.SCHEMAS.validate(IjwMessageType.JW325,
				IjwMessagesIntegrationTests.XML.parse(jw325.getBytes(StandardCharsets.UTF_8)))).isEmpty();
		// TR342: the JW325 names the rejected line with its code, not the approved one.
		assertThat(jw325).contains(">RW2<").contains(">0611<").doesNotContain(">RW1<");

		browser.page().setViewportSize(width, 900);
		var page = browser.page();

		// The team sees on the allocation's page: the JW301 sent, the provider's JW302, the care started.
		browser.loginAs(w.professional());
		browser.open("/toewijzing/toewijzingen/" + n);
		var messages = page.locator("section").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("iJw-berichten"))));
		assertThat(messages).containsText("Toewijzingsbericht (JW301): Nieuwe toewijzing");
		assertThat(messages).containsText("Retour van de aanbieder (JW302)");
		assertThat(messages).containsText("Goedgekeurd door aanbieder");
		assertThat(messages).containsText("Zorg gestart op 1 december 2026");
		browser.checkPage("ijw-walk-allocation-" + width);

		// The administrator reads the declaration line by line: one approved, one rejected and why.
		browser.loginAs(w.admin());
		browser.open("/ijw/declaraties");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("DW" + width)).click();
		assertThat(page.locator("main")).containsText("1 van 2 goedgekeurd");
		assertThat(page.locator("tbody tr").nth(1)).containsText("Afgewezen");
		browser.checkPage("ijw-walk-declaration-" + width);

		// The terms dashboard: every term of this exchange met in time, none late, open or overdue.
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
		browser.open("/ijw/termijnen/overzicht");
		var total = page.locator("#stroom-totaal td");
		assertThat(total.nth(1)).hasText("0");
		assertThat(total.nth(2)).hasText("0");
		assertThat(total.nth(3)).hasText("0");
		assertThat(total.nth(4)).hasText("100");
		assertThat(Integer.parseInt(total.nth(0).innerText().strip())).isGreaterThanOrEqualTo(4);
		browser.checkPage("ijw-walk-terms-" + width);
	}

	private String deliver(MessagingWorld w, String xml, int expected) throws Exception {
		return mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(xml.getBytes(StandardCharsets.UTF_8)))).andExpect(status().is(expected))
				.andExpect(header().string("X-Ijw-Accepted", "true")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}
}
