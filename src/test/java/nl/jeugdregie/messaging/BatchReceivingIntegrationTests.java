package nl.jeugdregie.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.internal.incoming.BatchReceiving;
import nl.jeugdregie.messaging.internal.incoming.IncomingMessages;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.incoming.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ADR 0050: the batch import judges exactly as the one-by-one import. The same sequence of messages (accepted, the
 * same bytes again, other content under a used identification, a second current start, a stop, a delete and its
 * replacement in one message, an unknown allocation, an unreadable one) goes one by one into one world and as one
 * batch into another; the answers and the applied starts and stops are the same.
 */
@IntegrationTest
@DisplayName("Issue 16, P4: a batch of messages is judged exactly as the same messages one by one (TOEW-7, BEY-5)")
class BatchReceivingIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired IncomingMessages incoming;
	@Autowired BatchReceiving batch;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired PlatformTransactionManager transactionManager;
	TransactionTemplate transactions;

	@org.junit.jupiter.api.BeforeEach
	void transactions() {
		transactions = new TransactionTemplate(transactionManager);
	}

	MessagingWorld world() throws Exception {
		return MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
	}

	static List<String> sequence(MessagingWorld w) {
		var start = w.start("S1", "2026-12-02");
		var deleteAndReplace = w.start("S4", "2026-12-21");
		var product = deleteAndReplace.substring(deleteAndReplace.indexOf("<jw305:StartProduct>"),
				deleteAndReplace.indexOf("</jw305:StartProduct>") + 21);
		var deleted = product.replace("<jw305:StatusAanlevering>1<", "<jw305:StatusAanlevering>3<");
		return List.of(start, start, w.start("S1", "2026-12-06"), w.start("S2", "2026-12-05"),
				w.stop("E1", "2026-12-02", "2026-12-20", "31"), w.start("S3", "2026-12-21"),
				deleteAndReplace.replace(product, deleted + product.replace("2026-12-21", "2026-12-22")),
				w.start("U1", "2026-12-02").replace("<jw305:ToewijzingNummer>" + w.allocationNumber() + "<",
						"<jw305:ToewijzingNummer>999999<"),
				w.start("S3", "2026-12-21"), "<a>");
	}

	@Test
	@DisplayName("TOEW-7, BEY-5: replay, 9056, 9326, 9019, delete and replacement, refusal: the same answers and the same deliveries in a batch")
	void batchJudgesAsOneByOne() throws Exception {
		var single = world();
		var batched = world();
		var one = new ArrayList<String>();
		for (var xml : sequence(single)) {
			one.add(summary(incoming.receive(xml.getBytes(StandardCharsets.UTF_8),
					new Origin(single.world().municipality(), null), false)));
		}
		var all = batch.receiveAll(sequence(batched).stream()
				.map(xml -> new BatchReceiving.Delivered(xml.getBytes(StandardCharsets.UTF_8),
						new Origin(batched.world().municipality(), null)))
				.toList());
		assertThat(all.stream().map(BatchReceivingIntegrationTests::summary).toList()).isEqualTo(one);
		assertThat(one).startsWith("accepted []", "replay accepted []").contains("rejected [9056]", "rejected [9326]",
				"rejected [9019]", "refused");
		assertThat(deliveries(batched)).isEqualTo(deliveries(single)).isNotEmpty();
		// The same bytes in a batch get the very retour stored for the first one.
		assertThat(((Received.Answered) all.get(1)).retour()).isEqualTo(((Received.Answered) all.get(0)).retour());
	}

	@Test
	@DisplayName("P4, TOEW-7: one event per batch gives the same terms and care rows as one by one, equal to an independent count, and a redelivery changes nothing")
	void batchEventGivesTheSameTermsAndCareAsOneByOne() throws Exception {
		var single = world();
		var batched = world();
		for (var xml : sequence(single)) {
			incoming.receive(xml.getBytes(StandardCharsets.UTF_8), new Origin(single.world().municipality(), null), false);
			// Separate events are delivered in no fixed order; the first of two messages under one identification (the
			// accepted one, then the 9056) is the one the terms remember, so the one-by-one world waits after each.
			awaitEffects();
		}
		batch.receiveAll(sequence(batched).stream()
				.map(xml -> new BatchReceiving.Delivered(xml.getBytes(StandardCharsets.UTF_8),
						new Origin(batched.world().municipality(), null)))
				.toList());
		awaitEffects();
		assertThat(terms(batched)).isEqualTo(terms(single)).isNotEmpty();
		assertThat(care(batched)).isEqualTo(care(single)).isNotEmpty();
		for (var w : List.of(single, batched)) {
			var m = w.world().municipality().value();
			// Independent count: every received message is remembered once per type and identification; every stored
			// message once more: a received one by its
			// retour, a sent one (the JW301) itself; every start not withdrawn is a care row, every stop not withdrawn its end.
			assertThat(count("select count(*) from messaging_term_message where municipality_code = ? and direction = 'RECEIVED'", m))
					.isEqualTo(count("select count(distinct (type, identification)) from messaging_message where municipality_code = ? and direction = 'RECEIVED'", m));
			assertThat(count("select count(*) from messaging_term_message where municipality_code = ? and direction = 'SENT'", m))
					.isEqualTo(count("select count(*) from messaging_message where municipality_code = ?", m));
			assertThat(count("select count(*) from monitoring_care_delivery where municipality_code = ?", m))
					.isEqualTo(count("select count(*) from messaging_delivery where municipality_code = ? and kind = 'START' and not deleted", m));
			assertThat(count("select count(*) from monitoring_care_delivery where municipality_code = ? and ended_on is not null", m))
					.isEqualTo(count("select count(*) from messaging_delivery where municipality_code = ? and kind = 'STOP' and not deleted", m));
		}
		// Redelivery: the same messages and care changes once more, as one event, change nothing.
		var termsBefore = terms(batched);
		var careBefore = care(batched);
		var again = redelivery(batched);
		assertThat(again.messages()).isNotEmpty();
		assertThat(again.care()).isNotEmpty();
		transactions.executeWithoutResult(status -> publisher.publishEvent(again));
		awaitEffects();
		assertThat(terms(batched)).isEqualTo(termsBefore);
		assertThat(care(batched)).isEqualTo(careBefore);
	}

	/** The terms as they read, without the random identifications of the retours. */
	private List<String> terms(MessagingWorld w) {
		return jdbc.sql("""
				select t.message_type || ' ' || t.kind || ' ' || t.flow || ' ' || t.side || ' ' || t.started_on || ' ' || t.due_on
				       || ' ' || coalesce(t.met_on::text, '-') || ' ' || coalesce(t.met_by_type, '-') || ' '
				       || case when t.message_type in ('JW301', 'JW306', 'JW308') then '-' else t.reference end
				from messaging_term t where t.municipality_code = ? order by 1""")
				.param(w.world().municipality().value()).query(String.class).list();
	}

	private List<String> care(MessagingWorld w) {
		return jdbc.sql("""
				select started_on || ' ' || coalesce(ended_on::text, '-') || ' ' || coalesce(end_reason, '-') || ' ' || temporary
				from monitoring_care_delivery where municipality_code = ? order by 1""")
				.param(w.world().municipality().value()).query(String.class).list();
	}

	private long count(String sql, String municipality) {
		return jdbc.sql(sql).param(municipality).query(Long.class).single();
	}

	/** What the world's batch published, read back from what was stored: the same facts, as one event. */
	private IjwMessagesExchanged redelivery(MessagingWorld w) {
		var municipality = w.world().municipality();
		var messages = jdbc.sql("""
				select provider_agb, message_type, reference, direction, outcome, answers, care_date, exchanged_at
				from messaging_term_message where municipality_code = ?""").param(municipality.value())
				.query((rs, n) -> new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.valueOf(rs.getString(4)),
						IjwMessageType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(1), rs.getString(6),
						rs.getObject(7, java.time.LocalDate.class), rs.getTimestamp(8).toInstant(),
						IjwMessageExchanged.Outcome.valueOf(rs.getString(5))))
				.list();
		var care = jdbc.sql("""
				select kind, provider_agb, allocation_number, start_date, end_date, reason, deleted from messaging_delivery
				where municipality_code = ? order by deleted desc""").param(municipality.value())
				.query((rs, n) -> "START".equals(rs.getString(1))
						? IjwMessagesExchanged.CareChange.of(new CareStarted(municipality, rs.getLong(3), rs.getString(2),
								rs.getObject(4, java.time.LocalDate.class), rs.getBoolean(7)))
						: IjwMessagesExchanged.CareChange.of(new CareEnded(municipality, rs.getLong(3), rs.getString(2),
								rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class),
								rs.getString(6).strip(), "20".equals(rs.getString(6).strip()), rs.getBoolean(7))))
				.list();
		return new IjwMessagesExchanged(messages, care);
	}

	private void awaitEffects() {
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where (listener_id like '%TermProjection%' or listener_id like '%CareDeliveryProjection%')
				  and completion_date is null""").query(Long.class).single() == 0);
	}

	private List<String> deliveries(MessagingWorld w) {
		return jdbc.sql("""
				select kind || ' ' || start_date || ' ' || coalesce(end_date::text, '-') || ' ' || deleted from messaging_delivery
				where municipality_code = ? order by 1""").param(w.world().municipality().value()).query(String.class).list();
	}

	private static String summary(Received received) {
		return switch (received) {
			case Received.Answered a -> (a.replay() ? "replay " : "") + (a.accepted() ? "accepted " : "rejected ") + a.remarks();
			case Received.Refused r -> "refused";
			case Received.NotYours n -> "not yours";
			case Received.Recorded r -> "recorded " + r.type();
		};
	}
}
