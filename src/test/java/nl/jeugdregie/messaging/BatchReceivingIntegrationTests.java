package nl.jeugdregie.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.jdbc.core.simple.JdbcClient;
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
