package nl.jeugdregie.messaging.internal.incoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging.AllocationFacts;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Client;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.StartProduct;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;
import nl.jeugdregie.messaging.internal.message.StopProduct;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BEY-5, TOEW-7: the level-3 rules for starts and stops, each with its exact retour code")
class LevelThreeRulesUnitTests {

	static final String AGB = "65656055";
	static final String BSN = "999900006";
	static final LocalDate APRIL_3 = LocalDate.of(2026, 4, 3);
	static final LocalDate JULY_17 = LocalDate.of(2026, 7, 17);
	static final AllocationFacts ALLOCATION = new AllocationFacts(300201, new AgbCode(AGB), "55", "55A11",
		LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 31), Financing.IN_KIND);

	static Deliveries state(Delivery... deliveries) {
		return new Deliveries(List.of(deliveries), Map.of(300201L, ALLOCATION), AGB);
	}

	static SubmittedStart start(long number, StatusAanlevering status) {
		return new SubmittedStart(BSN, new StartProduct(number, null, null, APRIL_3, status));
	}

	static SubmittedStop stop(String reason, LocalDate end, StatusAanlevering status) {
		return new SubmittedStop(BSN, new StopProduct(300201, null, null, APRIL_3, reason, end, status));
	}

	static final Delivery STARTED = Delivery.start(BSN, 300201, APRIL_3);
	static final Delivery STOPPED = Delivery.stop(BSN, 300201, APRIL_3, JULY_17, "31");
	static final Delivery PAUSED = Delivery.stop(BSN, 300201, APRIL_3, LocalDate.of(2026, 5, 1), "20");

	@Test
	@DisplayName("TR019 → 9019: the allocation number must exist for this provider")
	void tr019() {
		assertThat(new StartRules.AllocationExists().check(start(999, StatusAanlevering.NEW), state())).contains("9019");
		assertThat(new StartRules.AllocationExists().check(start(300201, StatusAanlevering.NEW), state())).isEmpty();
		var otherProvider = new Deliveries(List.of(), Map.of(300201L, ALLOCATION), "12345678");
		assertThat(new StartRules.AllocationExists().check(start(300201, StatusAanlevering.NEW), otherProvider)).contains("9019");
	}

	@Test
	@DisplayName("TR326 → 9326: one current start per allocated product; after a stop a new start may come")
	void tr326() {
		var later = new SubmittedStart(BSN, new StartProduct(300201, null, null, LocalDate.of(2026, 5, 1), StatusAanlevering.NEW));
		assertThat(new StartRules.OneCurrentStart().check(later, state(STARTED))).contains("9326");
		assertThat(new StartRules.OneCurrentStart().check(later, state(STARTED, PAUSED))).isEmpty();
		assertThat(new StartRules.OneCurrentStart().check(later, state())).isEmpty();
	}

	@Test
	@DisplayName("TR063 → 9063: deleting needs an earlier start with the same key")
	void tr063() {
		assertThat(new StartRules.DeleteNeedsEarlierStart().check(start(300201, StatusAanlevering.DELETE), state())).contains("9063");
		assertThat(new StartRules.DeleteNeedsEarlierStart().check(start(300201, StatusAanlevering.DELETE), state(STARTED))).isEmpty();
	}

	@Test
	@DisplayName("TR071 → 9071: a stopped start cannot be deleted")
	void tr071() {
		assertThat(new StartRules.StoppedStartNotDeleted().check(start(300201, StatusAanlevering.DELETE), state(STARTED, STOPPED)))
				.contains("9071");
		assertThat(new StartRules.StoppedStartNotDeleted().check(start(300201, StatusAanlevering.DELETE), state(STARTED))).isEmpty();
	}

	@Test
	@DisplayName("TR074 → 9074: a start's key is unique across messages")
	void tr074() {
		assertThat(new StartRules.StartKeyUnique().check(start(300201, StatusAanlevering.NEW), state(STARTED))).contains("9074");
		assertThat(new StartRules.StartKeyUnique().check(start(300201, StatusAanlevering.NEW), state())).isEmpty();
	}

	@Test
	@DisplayName("IV008: a delete and a new start in one message are judged in order and both applied")
	void deleteAndReplaceInOneMessage() {
		var message = new IjwMessage.Start(header(IjwMessageType.JW305), client(), List.of(
				new StartProduct(300201, null, null, APRIL_3, StatusAanlevering.DELETE),
				new StartProduct(300201, null, null, LocalDate.of(2026, 4, 6), StatusAanlevering.NEW)));
		var judgement = Judge.starts(message, state(STARTED));
		assertThat(judgement.accepted()).isTrue();
		assertThat(judgement.removed()).containsExactly(STARTED);
		assertThat(judgement.added()).hasSize(1);
	}

	@Test
	@DisplayName("A broken class rejects the message: its code on that class, 0200 on the others, nothing applied")
	void rejectionPerClass() {
		var message = new IjwMessage.Start(header(IjwMessageType.JW305), client(), List.of(
				new StartProduct(300201, null, null, APRIL_3, StatusAanlevering.NEW),
				new StartProduct(404, null, null, APRIL_3, StatusAanlevering.NEW)));
		var judgement = Judge.starts(message, state());
		assertThat(judgement.accepted()).isFalse();
		assertThat(judgement.codes().perProduct()).containsExactly(List.of("0200"), List.of("9019"));
		assertThat(judgement.added()).isEmpty();
	}

	@Test
	@DisplayName("TR019 → 9019: the allocation number must exist")
	void tr019Stop() {
		var unknown = new SubmittedStop(BSN, new StopProduct(404, null, null, APRIL_3, "31", JULY_17, StatusAanlevering.NEW));
		assertThat(new StopRules.AllocationExists().check(unknown, state())).contains("9019");
	}

	@Test
	@DisplayName("OP377 (TR069 → 9069): a stop follows an earlier start with the same key")
	void op377() {
		assertThat(new StopRules.StopFollowsStart().check(stop("31", JULY_17, StatusAanlevering.NEW), state())).contains("9069");
		assertThat(new StopRules.StopFollowsStart().check(stop("31", JULY_17, StatusAanlevering.NEW), state(STARTED))).isEmpty();
	}

	@Test
	@DisplayName("OP378: after a temporary stop a definitive stop may follow without a new start; after a definitive one nothing (TR415 → 9415)")
	void op378() {
		assertThat(new StopRules.OnlyDefinitiveAfterTemporary().check(stop("31", JULY_17, StatusAanlevering.NEW), state(STARTED, PAUSED)))
				.isEmpty();
		assertThat(new StopRules.OnlyDefinitiveAfterTemporary().check(stop("31", JULY_17, StatusAanlevering.NEW), state(STARTED, STOPPED)))
				.contains("9415");
		assertThat(new StopRules.OnlyDefinitiveAfterTemporary().check(stop("20", JULY_17, StatusAanlevering.NEW), state(STARTED, STOPPED)))
				.contains("9415");
	}

	@Test
	@DisplayName("TR413 → 9413: no second temporary stop for the same start")
	void tr413() {
		assertThat(new StopRules.OneTemporaryStop().check(stop("20", JULY_17, StatusAanlevering.NEW), state(STARTED, PAUSED)))
				.contains("9413");
	}

	@Test
	@DisplayName("TR414 → 9414: a following stop does not end before the earlier stop")
	void tr414() {
		assertThat(new StopRules.EndNotBeforeEarlierStop().check(stop("31", LocalDate.of(2026, 4, 20), StatusAanlevering.NEW),
				state(STARTED, PAUSED))).contains("9414");
	}

	@Test
	@DisplayName("TR063 → 9063 and TR074 → 9074 for stops")
	void tr063AndTr074() {
		assertThat(new StopRules.DeleteNeedsEarlierStop().check(stop("31", JULY_17, StatusAanlevering.DELETE), state(STARTED)))
				.contains("9063");
		assertThat(new StopRules.DeleteNeedsEarlierStop().check(stop("31", JULY_17, StatusAanlevering.DELETE), state(STARTED, STOPPED)))
				.isEmpty();
		assertThat(new StopRules.StopKeyUnique().check(stop("31", JULY_17, StatusAanlevering.NEW), state(STARTED, STOPPED)))
				.contains("9074");
	}

	@Test
	@DisplayName("TR002: birth date more than 120 years before the message date")
	void tr002() {
		var old = new Client(new Bsn(BSN), LocalDate.of(1900, 1, 1), "1", "Wit", null, null, null);
		var message = new IjwMessage.Start(header(IjwMessageType.JW305), old,
				List.of(new StartProduct(300201, null, null, APRIL_3, StatusAanlevering.NEW)));
		assertThat(WithinMessageRules.firstBroken(message)).contains("TR002");
	}

	@Test
	@DisplayName("TR018: a stop's end date before its start date")
	void tr018() {
		var message = new IjwMessage.Stop(header(IjwMessageType.JW307), client(),
				List.of(new StopProduct(300201, null, null, APRIL_3, "31", APRIL_3.minusDays(1), StatusAanlevering.NEW)));
		assertThat(WithinMessageRules.firstBroken(message)).contains("TR018");
	}

	@Test
	@DisplayName("TR101: the same class twice in one message; IV008: status 2 is not used")
	void tr101AndStatusTwo() {
		var twice = new IjwMessage.Start(header(IjwMessageType.JW305), client(), List.of(
				new StartProduct(300201, null, null, APRIL_3, StatusAanlevering.NEW),
				new StartProduct(300201, null, null, APRIL_3, StatusAanlevering.NEW)));
		assertThat(WithinMessageRules.firstBroken(twice)).contains("TR101");
		var change = new IjwMessage.Start(header(IjwMessageType.JW305), client(),
				List.of(new StartProduct(300201, null, null, APRIL_3, StatusAanlevering.CHANGE)));
		assertThat(WithinMessageRules.firstBroken(change)).contains("IV008");
	}
	static Header header(IjwMessageType type) {
		return new Header(type, AGB, "0363", "M1", LocalDate.of(2026, 4, 15));
	}

	static Client client() {
		return new Client(new Bsn(BSN), LocalDate.of(2010, 2, 14), "1", "Wit", "de", "Tom", "T");
	}
}
