package nl.jeugdregie.messaging.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageExchanged.Direction;
import nl.jeugdregie.messaging.IjwMessageExchanged.Outcome;
import nl.jeugdregie.messaging.IjwMessageExchanged.RequestAnswer;
import nl.jeugdregie.messaging.IjwMessagesExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16 item 4 (TOEW-7, BEY-5): the answer terms fed by {@link IjwMessageExchanged} alone, on the real database, with
 * "today" Monday 16 November 2026.
 */
@IntegrationTest
class TermsIntegrationTests {

	private static final String MAASLAND = "98000011";
	private static final String DE_BRUG = "98000012";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("TOEW-7, OP090: the same event twice, or an answer before its question, gives one term, met once")
	void remembersEveryMessageOnceWhateverTheOrder() {
		var world = fixtures.newWorld();
		var events = events(world);
		// The JW302 is handled before the JW301 it answers; then both arrive again.
		var retour = events.received(IjwMessageType.JW302, "R-1", MAASLAND, "2026-11-11T09:00:00Z", "T-1");
		events.awaitHandled();
		var allocation = events.sent(IjwMessageType.JW301, "T-1", MAASLAND, "2026-11-10T09:00:00Z", null);
		events.awaitHandled();
		events.publish(retour);
		events.publish(allocation);
		events.awaitHandled();

		assertThat(jdbc.sql("select count(*) from messaging_term_message where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(2);
		var term = jdbc.sql("""
				select kind, side, due_on, met_on, met_by_reference from messaging_term where municipality_code = ?""")
				.param(world.municipality().value()).query().listOfRows();
		assertThat(term).singleElement().satisfies(row -> {
			assertThat(row.get("kind")).isEqualTo("RETOUR");
			assertThat(row.get("side")).isEqualTo("PROVIDER");
			assertThat(row.get("due_on").toString()).isEqualTo("2026-11-13");
			assertThat(row.get("met_on").toString()).isEqualTo("2026-11-11");
			assertThat(row.get("met_by_reference")).isEqualTo("R-1");
		});
	}

	@Test
	@DisplayName("P4, TOEW-7 (ADR 0054): a batch in one event, answers before their questions and one message twice, gives the terms of the same messages one by one")
	void aBatchInOneEventGivesTheTermsOfItsMessagesOneByOne() {
		var one = fixtures.newWorld();
		var all = fixtures.newWorld();
		var byOne = events(one);
		for (var message : flow(one)) {
			byOne.publish(message);
			byOne.awaitHandled();
		}
		var batch = new ArrayList<>(flow(all));
		java.util.Collections.reverse(batch);
		batch.add(batch.getFirst());
		var inOne = events(all);
		transactions.executeWithoutResult(status -> publisher.publishEvent(new IjwMessagesExchanged(batch, List.of())));
		inOne.awaitHandled();

		assertThat(terms(all)).isEqualTo(terms(one)).hasSize(10);
		assertThat(jdbc.sql("select count(*) from messaging_term_message where municipality_code = ?")
				.param(all.municipality().value()).query(Long.class).single()).isEqualTo(9);
	}

	/** Nine messages of five flows (OP090, OP274, OP346, OP271, OP090x4), in the order they were exchanged. */
	private static List<IjwMessageExchanged> flow(TestFixtures.World world) {
		var m = world.municipality();
		return List.of(
				new IjwMessageExchanged(m, Direction.SENT, IjwMessageType.JW301, "T-1", MAASLAND, null, null,
						Instant.parse("2026-11-10T09:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.RECEIVED, IjwMessageType.JW315, "V-1", DE_BRUG, null, null,
						Instant.parse("2026-11-16T08:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.RECEIVED, IjwMessageType.JW317, "W-1", MAASLAND, null, null,
						Instant.parse("2026-10-01T08:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.SENT, IjwMessageType.JW318, "R-2", MAASLAND, "W-1", null,
						Instant.parse("2026-10-02T08:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.SENT, IjwMessageType.JW319, "A-1", MAASLAND, "W-1", null,
						Instant.parse("2026-10-05T08:00:00Z"), Outcome.ACCEPTED, RequestAnswer.UNDER_INVESTIGATION),
				new IjwMessageExchanged(m, Direction.RECEIVED, IjwMessageType.JW320, "R-3", MAASLAND, "A-1", null,
						Instant.parse("2026-10-06T08:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.RECEIVED, IjwMessageType.JW305, "S-1", MAASLAND, null,
						LocalDate.parse("2026-11-02"), Instant.parse("2026-11-16T08:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.RECEIVED, IjwMessageType.JW323, "D-1", MAASLAND, null, null,
						Instant.parse("2026-11-02T08:00:00Z"), Outcome.ACCEPTED),
				new IjwMessageExchanged(m, Direction.SENT, IjwMessageType.JW325, "DA-1", MAASLAND, "D-1", null,
						Instant.parse("2026-11-16T08:00:00Z"), Outcome.ACCEPTED));
	}

	private List<String> terms(TestFixtures.World world) {
		return jdbc.sql("""
				select concat_ws(' ', provider_agb, message_type, reference, kind, flow, side, started_on, due_on, met_on,
				                 met_by_type, met_by_reference)
				from messaging_term where municipality_code = ? order by 1""")
				.param(world.municipality().value()).query(String.class).list();
	}

	@Test
	@DisplayName("TOEW-7: a message only checked (pre-check) opens no term")
	void ignoresMessagesOnlyChecked() {
		var world = fixtures.newWorld();
		var events = events(world);
		events.publish(new IjwMessageExchanged(world.municipality(), IjwMessageExchanged.Direction.RECEIVED,
				IjwMessageType.JW315, "V-1", MAASLAND, null, null, java.time.Instant.parse("2026-11-16T09:00:00Z"),
				IjwMessageExchanged.Outcome.CHECKED_ONLY));
		events.awaitHandled();

		assertThat(jdbc.sql("select count(*) from messaging_term where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("TOEW-7, BEY-5: the worklist API lists overdue first, on both sides; the dashboard counts per flow (OP090, OP271, OP274, OP346, OP090x4)")
	void listsTermsMostUrgentFirstAndCountsThemPerFlow() throws Exception {
		var world = fixtures.newWorld();
		var events = events(world);
		var lead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		// OP090: the provider has not answered a JW301 of Tuesday 10 November: overdue since Saturday.
		events.sent(IjwMessageType.JW301, "T-1", MAASLAND, "2026-11-10T09:00:00Z", null);
		// OP274: a JW315 of today: the municipality's JW316 and its answer are open.
		events.received(IjwMessageType.JW315, "V-1", DE_BRUG, "2026-11-16T08:00:00Z", null);
		// OP346: a JW317 answered "in onderzoek" in time, the decision still open.
		events.received(IjwMessageType.JW317, "W-1", MAASLAND, "2026-10-01T08:00:00Z", null);
		events.sent(IjwMessageType.JW318, "R-2", MAASLAND, "2026-10-02T08:00:00Z", "W-1");
		events.answer("A-1", MAASLAND, "2026-10-05T08:00:00Z", "W-1", RequestAnswer.UNDER_INVESTIGATION);
		events.received(IjwMessageType.JW320, "R-3", MAASLAND, "2026-10-06T08:00:00Z", "A-1");
		// OP271: a start of care on 2 November reported today: late; its JW306 is open.
		events.care(IjwMessageType.JW305, "S-1", MAASLAND, "2026-11-16T08:00:00Z", "2026-11-02");
		// OP090x4: a declaration of 2 November answered today, on the last day.
		events.received(IjwMessageType.JW323, "D-1", MAASLAND, "2026-11-02T08:00:00Z", null);
		events.sent(IjwMessageType.JW325, "DA-1", MAASLAND, "2026-11-16T08:00:00Z", "D-1");
		events.awaitHandled();

		mvc.perform(as(lead, get("/api/v1/ijw/terms")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(6))
				.andExpect(jsonPath("$.items[0].status").value("OVERDUE"))
				.andExpect(jsonPath("$.items[0].rule").value("OP090"))
				.andExpect(jsonPath("$.items[0].messageType").value("JW301"))
				.andExpect(jsonPath("$.items[0].side").value("PROVIDER"))
				.andExpect(jsonPath("$.items[0].dueOn").value("2026-11-13"))
				.andExpect(jsonPath("$.items[5].status").value("LATE"))
				.andExpect(jsonPath("$.items[5].rule").value("OP271"));
		mvc.perform(as(lead, get("/api/v1/ijw/terms").param("status", "due").param("side", "municipality")))
				.andExpect(jsonPath("$.items[*].status", everyItem(is("DUE"))))
				.andExpect(jsonPath("$.items[*].side", everyItem(is("MUNICIPALITY"))))
				.andExpect(jsonPath("$.total").value(4));
		mvc.perform(as(lead, get("/api/v1/ijw/terms").param("flow", "change_request").param("status", "all")))
				.andExpect(jsonPath("$.total").value(3))
				.andExpect(jsonPath("$.items[0].kind").value("INVESTIGATION"))
				.andExpect(jsonPath("$.items[0].rule").value("OP346"))
				.andExpect(jsonPath("$.items[0].dueOn").value("2026-11-26"));
		mvc.perform(as(lead, get("/api/v1/ijw/terms").param("provider", DE_BRUG).param("status", "all")))
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items[*].providerAgb", everyItem(is(DE_BRUG))));
		mvc.perform(as(lead, get("/api/v1/ijw/terms/summary")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.today").value("2026-11-16"))
				.andExpect(jsonPath("$.flows[?(@.flow == 'allocation')].overdue").value(1))
				.andExpect(jsonPath("$.flows[?(@.flow == 'change_request')].inTime").value(2))
				.andExpect(jsonPath("$.flows[?(@.flow == 'change_request')].due").value(1))
				.andExpect(jsonPath("$.flows[?(@.flow == 'answer')].inTime").value(1))
				.andExpect(jsonPath("$.flows[?(@.flow == 'start')].late").value(1))
				.andExpect(jsonPath("$.flows[?(@.flow == 'start')].due").value(1))
				.andExpect(jsonPath("$.flows[?(@.flow == 'declaration')].inTime").value(1))
				.andExpect(jsonPath("$.flows[?(@.flow == 'allocation_request')].due").value(2));
	}

	@Test
	@DisplayName("TOEW-7, issue 13: the worklist page's filters come from the shared list frame; a refused page number goes to the error summary")
	void showsTheWorklistPageThroughTheSharedListFrame() throws Exception {
		var world = fixtures.newWorld();
		var officer = TestFixtures.login(mvc, fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team()));

		var page = mvc.perform(get("/ijw/termijnen").param("status", "verlopen").session(officer))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<option value=\"alle\">Alle stromen</option>",
				"<label class=\"utrecht-form-label\" for=\"status\">Status</label>", "Geen termijnen met deze filters");
		assertThat(page).containsPattern("<option value=\"verlopen\"[^>]*selected");
		var refused = mvc.perform(get("/ijw/termijnen").param("pagina", "nul").session(officer))
				.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("<title>Fout: Termijnen berichtenverkeer – Jeugdregie</title>", "href=\"#filters\"");
	}

	@Test
	@DisplayName("TOEW-7: a provider sees only the terms with itself, both sides; another municipality sees none")
	void showsAProviderItsOwnTermsAndNoMunicipalityAnothersTerms() throws Exception {
		var world = fixtures.newWorld();
		var events = events(world);
		var provider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		IjwEvents.provider(mvc, fixtures.user(Role.POLICY_OFFICER, world.municipality(), null),
				fixtures.user(Role.ADMINISTRATOR, world.municipality(), null), provider, "Zorggroep Maasland", MAASLAND);
		events.sent(IjwMessageType.JW301, "T-1", MAASLAND, "2026-11-10T09:00:00Z", null);
		events.received(IjwMessageType.JW323, "D-1", MAASLAND, "2026-11-12T09:00:00Z", null);
		events.sent(IjwMessageType.JW301, "T-2", DE_BRUG, "2026-11-10T09:00:00Z", null);
		events.awaitHandled();
		var elsewhere = fixtures.newWorld();

		mvc.perform(as(provider, get("/api/v1/ijw/terms").param("provider", DE_BRUG)))
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items[*].providerAgb", everyItem(is(MAASLAND))));
		mvc.perform(as(provider, get("/api/v1/ijw/terms/summary")))
				.andExpect(jsonPath("$.providerAgb").value(MAASLAND))
				.andExpect(jsonPath("$.flows[?(@.flow == 'allocation')].overdue").value(1));
		mvc.perform(as(fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team()), get("/api/v1/ijw/terms")))
				.andExpect(jsonPath("$.total").value(0));
		// An account of a provider not (yet) linked is told so.
		mvc.perform(as(fixtures.user(Role.PROVIDER, world.municipality(), null), get("/api/v1/ijw/terms")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	@DisplayName("TOEW-7: the term's length is the municipality's dated norm on the day the term starts (OP090)")
	void takesTheLengthFromTheMunicipalitysNorm() {
		var world = fixtures.newWorld();
		var events = events(world);
		jdbc.sql("""
				insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
				values (?, 'IJW_RETOUR_TERM', 5, ?, 'test', now(), 'regionale afspraak')""")
				.params(world.municipality().value(), LocalDate.of(2026, 11, 12)).update();
		events.sent(IjwMessageType.JW301, "T-1", MAASLAND, "2026-11-11T09:00:00Z", null);
		events.sent(IjwMessageType.JW301, "T-2", MAASLAND, "2026-11-12T09:00:00Z", null);
		events.awaitHandled();

		assertThat(jdbc.sql("select reference, due_on from messaging_term where municipality_code = ? order by reference")
				.param(world.municipality().value()).query((rs, row) -> rs.getString(1) + " " + rs.getDate(2)).list())
				.containsExactly("T-1 2026-11-16", "T-2 2026-11-19");
	}

	@Test
	@DisplayName("TOEW-7: questions and answers handled at the same time still meet their terms, each once")
	void meetsTermsWhenQuestionAndAnswerArriveTogether() throws Exception {
		var world = fixtures.newWorld();
		var events = events(world);
		var pairs = 12;
		var start = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(4)) {
			var done = new ArrayList<Future<?>>();
			for (var i = 0; i < pairs; i++) {
				var reference = "T-" + i;
				done.add(pool.submit(() -> {
					start.await();
					return events.sent(IjwMessageType.JW301, reference, MAASLAND, "2026-11-12T09:00:00Z", null);
				}));
				done.add(pool.submit(() -> {
					start.await();
					return events.received(IjwMessageType.JW302, "R-" + reference, MAASLAND, "2026-11-12T10:00:00Z", reference);
				}));
				done.add(pool.submit(() -> {
					start.await();
					return events.received(IjwMessageType.JW302, "R-" + reference, MAASLAND, "2026-11-12T10:00:00Z", reference);
				}));
			}
			start.countDown();
			for (var future : done) {
				future.get();
			}
		}
		events.awaitHandled();

		assertThat(jdbc.sql("select count(*) from messaging_term where municipality_code = ? and met_on is not null")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(pairs);
		assertThat(jdbc.sql("select count(*) from messaging_term where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(pairs);
	}

	private IjwEvents events(TestFixtures.World world) {
		return new IjwEvents(publisher, transactions, jdbc, world.municipality());
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestFixtures.api(user));
	}
}
