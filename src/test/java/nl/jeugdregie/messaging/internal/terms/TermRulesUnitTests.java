package nl.jeugdregie.messaging.internal.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged.Direction;
import nl.jeugdregie.messaging.IjwMessageExchanged.Outcome;
import nl.jeugdregie.messaging.IjwMessageExchanged.RequestAnswer;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.IjwMessageType.Side;
import nl.jeugdregie.policy.NormKey;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TOEW-7: which terms a message opens and when its answers meet them, from the messages alone. */
class TermRulesUnitTests {

	private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");
	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final String AGB = "98000011";
	private final TermRules rules = new TermRules(TermRulesUnitTests::standard, DUTCH);

	/** The standard's values, as the migration seeds them. */
	private static int standard(MunicipalityCode municipality, NormKey norm, LocalDate on) {
		return switch (norm) {
			case IJW_RETOUR_TERM -> 3;
			case IJW_REQUEST_ANSWER_TERM, IJW_START_MESSAGE_TERM, IJW_STOP_MESSAGE_TERM -> 5;
			case IJW_INVESTIGATION_TERM -> 8;
			case IJW_DECLARATION_ANSWER_TERM -> 10;
			default -> throw new IllegalArgumentException(norm.name());
		};
	}

	@Test
	@DisplayName("OP090, TOEW-7: the provider's JW302 answers the municipality's JW301 within three working days")
	void opensTheProvidersRetourTermOnAnAllocation() {
		var allocation = sent(IjwMessageType.JW301, "T-1", "2026-11-20T10:00:00Z", null); // a Friday
		var retour = received(IjwMessageType.JW302, "R-1", "2026-11-25T16:00:00Z", "T-1"); // Wednesday: the last day

		var terms = rules.derive(allocation, List.of(retour));

		assertThat(terms).singleElement().satisfies(term -> {
			assertThat(term.kind()).isEqualTo(TermKind.RETOUR);
			assertThat(term.flow()).isEqualTo(MessageFlow.ALLOCATION);
			assertThat(term.side()).isEqualTo(Side.PROVIDER);
			assertThat(term.startedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
			assertThat(term.dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
			assertThat(term.metOn()).isEqualTo(LocalDate.of(2026, 11, 25));
			assertThat(term.metByType()).isEqualTo(IjwMessageType.JW302);
			assertThat(TermStatus.of(term.dueOn(), term.metOn(), LocalDate.of(2026, 12, 1))).isEqualTo(TermStatus.IN_TIME);
		});
	}

	@Test
	@DisplayName("OP090: the municipality's JW306 on a provider's JW305 after three working days is late")
	void marksTheMunicipalitysLateRetour() {
		var start = received(IjwMessageType.JW305, "S-1", "2026-11-16T08:00:00Z", null, LocalDate.of(2026, 11, 16));
		var retour = sent(IjwMessageType.JW306, "R-9", "2026-11-20T08:00:00Z", "S-1");

		var retourTerm = rules.derive(start, List.of(retour)).stream().filter(t -> t.kind() == TermKind.RETOUR)
				.findFirst().orElseThrow();

		assertThat(retourTerm.side()).isEqualTo(Side.MUNICIPALITY);
		assertThat(retourTerm.dueOn()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(TermStatus.of(retourTerm.dueOn(), retourTerm.metOn(), LocalDate.of(2026, 11, 30))).isEqualTo(TermStatus.LATE);
	}

	@Test
	@DisplayName("OP090: an unanswered message is open until its due date and overdue the day after")
	void keepsAnUnansweredTermOpenThenOverdue() {
		var allocation = sent(IjwMessageType.JW301, "T-2", "2026-11-16T09:00:00Z", null);

		var term = rules.derive(allocation, List.of()).getFirst();

		assertThat(term.metOn()).isNull();
		assertThat(TermStatus.of(term.dueOn(), null, LocalDate.of(2026, 11, 19))).isEqualTo(TermStatus.DUE);
		assertThat(TermStatus.of(term.dueOn(), null, LocalDate.of(2026, 11, 20))).isEqualTo(TermStatus.OVERDUE);
	}

	@Test
	@DisplayName("OP090: a message exchanged late in the evening counts from its Dutch calendar day")
	void countsFromTheDutchCalendarDay() {
		// 23:30 UTC on Monday is 00:30 on Tuesday in Amsterdam.
		var allocation = sent(IjwMessageType.JW301, "T-3", "2026-11-16T23:30:00Z", null);

		assertThat(rules.derive(allocation, List.of()).getFirst().startedOn()).isEqualTo(LocalDate.of(2026, 11, 17));
	}

	@Test
	@DisplayName("OP274, BEY-5: a JW315 gets its JW316 retour and a JW301 or JW319 within five working days")
	void opensTheAnswerTermOfAnAllocationRequest() {
		var request = received(IjwMessageType.JW315, "V-1", "2026-05-11T09:00:00Z", null); // Monday before Ascension
		var allocation = sent(IjwMessageType.JW301, "T-4", "2026-05-19T09:00:00Z", "V-1");

		var terms = rules.derive(request, List.of(allocation));

		assertThat(terms).extracting(DerivedTerm::kind).containsExactly(TermKind.RETOUR, TermKind.REQUEST_ANSWER);
		var answer = terms.get(1);
		assertThat(answer.dueOn()).isEqualTo(LocalDate.of(2026, 5, 19));
		assertThat(answer.metByType()).isEqualTo(IjwMessageType.JW301);
		assertThat(answer.flow()).isEqualTo(MessageFlow.ALLOCATION_REQUEST);
		assertThat(TermKind.REQUEST_ANSWER.rule(IjwMessageType.JW315)).isEqualTo("OP274");
		assertThat(terms.getFirst().metOn()).as("the JW316 has not come").isNull();
	}

	@Test
	@DisplayName("OP346: a JW317 answered 'in onderzoek' meets the five days and opens eight weeks for the decision")
	void opensTheInvestigationTermOfAChangeRequest() {
		var request = received(IjwMessageType.JW317, "W-1", "2026-09-01T09:00:00Z", null);
		var investigating = answer("A-1", "2026-09-03T09:00:00Z", "W-1", RequestAnswer.UNDER_INVESTIGATION);

		var open = rules.derive(request, List.of(investigating));

		assertThat(open).extracting(DerivedTerm::kind).containsExactly(TermKind.RETOUR, TermKind.REQUEST_ANSWER,
				TermKind.INVESTIGATION);
		assertThat(open.get(1).metOn()).isEqualTo(LocalDate.of(2026, 9, 3));
		var investigation = open.get(2);
		assertThat(investigation.startedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(investigation.dueOn()).isEqualTo(LocalDate.of(2026, 10, 27));
		assertThat(investigation.metOn()).isNull();
		assertThat(TermKind.INVESTIGATION.rule(IjwMessageType.JW317)).isEqualTo("OP346");

		var declined = answer("A-2", "2026-10-30T09:00:00Z", "W-1", RequestAnswer.DECLINED);
		var settled = rules.derive(request, List.of(declined, investigating)).get(2);

		assertThat(settled.metByReference()).isEqualTo("A-2");
		assertThat(TermStatus.of(settled.dueOn(), settled.metOn(), LocalDate.of(2026, 11, 16))).isEqualTo(TermStatus.LATE);
	}

	@Test
	@DisplayName("OP274: a rejected JW315 gets its retour but no answer term: it was never a valid request")
	void opensNoAnswerTermForARejectedRequest() {
		var request = new ExchangedMessage(OSS, AGB, IjwMessageType.JW315, "V-2", Direction.RECEIVED, Outcome.REJECTED, null,
				null, null, Instant.parse("2026-11-16T09:00:00Z"));

		assertThat(rules.derive(request, List.of())).extracting(DerivedTerm::kind).containsExactly(TermKind.RETOUR);
	}

	@Test
	@DisplayName("OP271: a JW305 sent seven working days after the start of care is late; OP272 likewise for a JW307")
	void judgesTheProvidersStartAndStopMessages() {
		var start = received(IjwMessageType.JW305, "S-2", "2026-11-16T09:00:00Z", null, LocalDate.of(2026, 11, 5));
		var stop = received(IjwMessageType.JW307, "E-1", "2026-11-16T09:00:00Z", null, LocalDate.of(2026, 11, 10));

		var startTerm = rules.derive(start, List.of()).stream().filter(t -> t.kind() == TermKind.START_MESSAGE).findFirst()
				.orElseThrow();
		var stopTerm = rules.derive(stop, List.of()).stream().filter(t -> t.kind() == TermKind.STOP_MESSAGE).findFirst()
				.orElseThrow();

		assertThat(startTerm.side()).isEqualTo(Side.PROVIDER);
		assertThat(startTerm.dueOn()).isEqualTo(LocalDate.of(2026, 11, 12));
		assertThat(TermStatus.of(startTerm.dueOn(), startTerm.metOn(), LocalDate.of(2026, 11, 16))).isEqualTo(TermStatus.LATE);
		assertThat(stopTerm.dueOn()).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(TermStatus.of(stopTerm.dueOn(), stopTerm.metOn(), LocalDate.of(2026, 11, 16))).isEqualTo(TermStatus.IN_TIME);
	}

	@Test
	@DisplayName("OP090x4: a JW323 declaration is answered with a JW325 within ten working days, and has no other retour")
	void opensTheDeclarationAnswerTerm() {
		var declaration = received(IjwMessageType.JW323, "D-1", "2026-05-20T09:00:00Z", null);
		var answer = sent(IjwMessageType.JW325, "DA-1", "2026-06-04T15:00:00Z", "D-1");

		assertThat(rules.derive(declaration, List.of(answer))).singleElement().satisfies(term -> {
			assertThat(term.kind()).isEqualTo(TermKind.DECLARATION_ANSWER);
			assertThat(term.dueOn()).isEqualTo(LocalDate.of(2026, 6, 4));
			assertThat(term.metOn()).isEqualTo(LocalDate.of(2026, 6, 4));
		});
	}

	@Test
	@DisplayName("TOEW-7: retours, JW325 and answers of another provider or to another message meet nothing")
	void ignoresAnswersOfOthers() {
		var allocation = sent(IjwMessageType.JW301, "T-5", "2026-11-16T09:00:00Z", null);
		var otherProvider = new ExchangedMessage(OSS, "98000012", IjwMessageType.JW302, "R-5", Direction.RECEIVED,
				Outcome.ACCEPTED, "T-5", null, null, Instant.parse("2026-11-17T09:00:00Z"));
		var otherMessage = received(IjwMessageType.JW302, "R-6", "2026-11-17T09:00:00Z", "T-6");

		assertThat(rules.derive(allocation, List.of(otherProvider, otherMessage)).getFirst().metOn()).isNull();
		assertThat(rules.derive(received(IjwMessageType.JW302, "R-7", "2026-11-17T09:00:00Z", "T-5"), List.of())).isEmpty();
		assertThat(rules.derive(sent(IjwMessageType.JW325, "DA-2", "2026-11-17T09:00:00Z", "D-9"), List.of())).isEmpty();
	}

	@Test
	@DisplayName("TOEW-7: each answering type maps back to the messages it can answer")
	void mapsAnswersToTheirQuestions() {
		assertThat(TermRules.answeringTypes(IjwMessageType.JW315)).containsExactlyInAnyOrder(IjwMessageType.JW316,
				IjwMessageType.JW301, IjwMessageType.JW319);
		assertThat(TermRules.answeredTypes(IjwMessageType.JW301)).containsExactlyInAnyOrder(IjwMessageType.JW315,
				IjwMessageType.JW317);
		assertThat(TermRules.answeredTypes(IjwMessageType.JW320)).containsExactly(IjwMessageType.JW319);
		assertThat(TermRules.answeredTypes(IjwMessageType.JW325)).containsExactly(IjwMessageType.JW323);
		assertThat(TermRules.answeredTypes(IjwMessageType.JW305)).isEmpty();
	}

	private static ExchangedMessage sent(IjwMessageType type, String reference, String at, @Nullable String answers) {
		return new ExchangedMessage(OSS, AGB, type, reference, Direction.SENT, Outcome.ACCEPTED, answers, null, null,
				Instant.parse(at));
	}

	private static ExchangedMessage received(IjwMessageType type, String reference, String at, @Nullable String answers) {
		return received(type, reference, at, answers, null);
	}

	private static ExchangedMessage received(IjwMessageType type, String reference, String at, @Nullable String answers,
			@Nullable LocalDate careDate) {
		return new ExchangedMessage(OSS, AGB, type, reference, Direction.RECEIVED, Outcome.ACCEPTED, answers, careDate,
				null, Instant.parse(at));
	}

	private static ExchangedMessage answer(String reference, String at, String request, RequestAnswer answer) {
		return new ExchangedMessage(OSS, AGB, IjwMessageType.JW319, reference, Direction.SENT, Outcome.ACCEPTED, request,
				null, answer, Instant.parse(at));
	}
}
