package nl.jeugdregie.intake.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.time.Period;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.Test;

/** The lifecycle's refusal rules and transitions (TOE-4, TOE-7, TOE-8). */
public class LifecyclePoliciesUnitTests {

	static final LocalDate REGISTERED = FirstConversationPolicyUnitTests.REGISTERED;
	static final LocalDate TODAY = FirstConversationPolicyUnitTests.TODAY;
	public static final LifecycleTerms OSS = new LifecycleTerms(5, Period.ofWeeks(2), Period.ofWeeks(8));

	public static HelpRequest inTriage() {
		var request = FirstConversationPolicyUnitTests.waitingRequest();
		request.startTreatment(REGISTERED.plusDays(2), "professional");
		return request;
	}

	public static HelpRequest inCjgTreatment() {
		var request = inTriage();
		request.decideTriage(decision(TriageOutcome.CJG_TREATMENT, null), OSS);
		return request;
	}

	public static TriageDecision decision(TriageOutcome outcome, String explanation) {
		return new TriageDecision(outcome, Urgency.NORMAL, "Opvoedvragen, geen veiligheidszorgen", explanation,
				REGISTERED.plusDays(2), "professional");
	}

	@Test
	void allowsEachStateOnlyItsOwnActionsAndAClosedRequestNone() {
		assertThat(TransitionPolicy.allows(new HelpRequestState.AwaitingTreatment(), LifecycleAction.TRIAGE)).isFalse();
		assertThat(TransitionPolicy.allows(new HelpRequestState.InTriage(), LifecycleAction.TRIAGE)).isTrue();
		assertThat(TransitionPolicy.allows(new HelpRequestState.InTriage(), LifecycleAction.APPLICATION)).isFalse();
		assertThat(TransitionPolicy.allows(new HelpRequestState.AwaitingApplication(TODAY), LifecycleAction.APPLICATION)).isTrue();
		for (var action : LifecycleAction.values()) {
			assertThat(TransitionPolicy.allows(new HelpRequestState.Closed(TODAY, ClosureReason.OTHER, "x"), action)).isFalse();
		}
		assertThat(TransitionPolicy.check(new HelpRequestState.InTriage(), LifecycleAction.APPLICATION))
				.map(Refusal::code).contains("intake.transition.notAllowed");
	}

	@Test
	void refusesAnIllegalTransitionInTheAggregateItself() {
		var request = inTriage();
		assertThatIllegalStateException().isThrownBy(() -> request.recordApplication(TODAY, OSS));
	}

	@Test // TOE-4
	void requiresAReasonAndForNoIsAlsoAnAnswerTheExplanationToTheFamily() {
		var request = inTriage();
		assertThat(TriagePolicy.check(request, TriageOutcome.NO_CARE_NEEDED, Urgency.LOW, "Past bij normale opvoedvragen",
				null, TODAY, TODAY)).extracting(Refusal::field).containsExactly("familyExplanation");
		assertThat(TriagePolicy.check(request, null, null, " ", null, TODAY, TODAY)).extracting(Refusal::field)
				.containsExactlyInAnyOrder("outcome", "urgency", "reason");
		assertThat(TriagePolicy.check(request, TriageOutcome.CJG_TREATMENT, Urgency.HIGH, "Reden", null,
				REGISTERED, TODAY)).extracting(Refusal::field).containsExactly("decidedOn");
	}

	@Test // TOE-4
	void closesTheRequestWhenTriageSendsItElsewhere() {
		var request = inTriage();
		request.decideTriage(decision(TriageOutcome.NO_CARE_NEEDED, "Uitleg aan ouders"), OSS);

		assertThat(request.state()).isEqualTo(new HelpRequestState.Closed(REGISTERED.plusDays(2),
				ClosureReason.NO_CARE_NEEDED, "professional"));
	}

	@Test // TOE-7
	void refusesASixthConversationUntilADecisionToContinueIsRecorded() {
		var request = inCjgTreatment();
		for (var day = 3; day <= 6; day++) {
			assertThat(ConversationPolicy.check(request, REGISTERED.plusDays(day), TODAY, OSS.maxConversations())).isEmpty();
			request.holdConversation(REGISTERED.plusDays(day), "professional");
		}
		assertThat(request.conversations()).hasSize(5);

		assertThat(ConversationPolicy.check(request, TODAY, TODAY, OSS.maxConversations())).map(Refusal::code)
				.contains("intake.conversation.maximumReached");
		request.continueBeyondMaximum(new ContinuationDecision("Afronding loopt, overdracht volgt", TODAY, "professional"));
		assertThat(ConversationPolicy.check(request, TODAY, TODAY, OSS.maxConversations())).isEmpty();
	}

	@Test
	void refusesAConversationBeforeThePreviousOneOrInTheFuture() {
		var request = inCjgTreatment();
		assertThat(ConversationPolicy.check(request, REGISTERED.plusDays(1), TODAY, 5)).map(Refusal::code)
				.contains("intake.conversation.beforePrevious");
		assertThat(ConversationPolicy.check(request, TODAY.plusDays(1), TODAY, 5)).map(Refusal::code)
				.contains("intake.conversation.future");
	}

	@Test // TOE-7, TOE-8
	void startsTheApplicationTermFromTheLastConversationAndTheLeadTimeFromTheApplication() {
		var request = inCjgTreatment();
		request.holdConversation(REGISTERED.plusDays(9), "professional");
		request.needSpecialisedCare(OSS);

		assertThat(request.state()).isEqualTo(new HelpRequestState.AwaitingApplication(REGISTERED.plusDays(23)));
		assertThat(ApplicationPolicy.check(request, REGISTERED.plusDays(8), TODAY)).map(Refusal::code)
				.contains("intake.application.date");

		request.recordApplication(TODAY, OSS);
		assertThat(request.state()).isEqualTo(new HelpRequestState.ApplicationMade(TODAY, TODAY.plusWeeks(8)));
	}

	@Test
	void closesByHandOnlyWithAReasonThatFitsTheState() {
		assertThat(ClosurePolicy.check(inTriage(), ClosureReason.SOLVED_BY_CJG, TODAY, TODAY)).map(Refusal::code)
				.contains("intake.closure.reason.solvedNeedsTreatment");
		assertThat(ClosurePolicy.check(inCjgTreatment(), ClosureReason.SPECIALISED_CARE_STARTED, TODAY, TODAY))
				.map(Refusal::code).contains("intake.closure.reason.careNeedsApplication");
		assertThat(ClosurePolicy.check(inCjgTreatment(), ClosureReason.NO_CARE_NEEDED, TODAY, TODAY))
				.map(Refusal::code).contains("intake.closure.reason.required");
		assertThat(ClosurePolicy.check(inCjgTreatment(), ClosureReason.SOLVED_BY_CJG, TODAY, TODAY)).isEmpty();
		assertThat(ClosurePolicy.check(FirstConversationPolicyUnitTests.waitingRequest(), ClosureReason.WITHDRAWN,
				REGISTERED.minusDays(1), TODAY)).map(Refusal::code).contains("intake.closure.date");
	}

	@Test // TOE-8
	void showsTheRunningTermWithItsWarningAndExceedance() {
		assertThat(TermStatus.of("Aanvraag uiterlijk", TODAY.plusDays(3), TODAY).dueThisWeek()).isTrue();
		var overdue = TermStatus.of("Toeleiding naar zorg uiterlijk", TODAY.minusDays(8), TODAY);
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.dutchText()).isEqualTo("Termijn 8 dagen overschreden (2 weken)");
	}

	@Test // TOE-6
	void agreesContactWhileWaitingAndComputesTheNextContactDue() {
		var request = FirstConversationPolicyUnitTests.waitingRequest();
		assertThat(WaitingContactPolicy.checkAgreement(request, 0, TODAY, TODAY)).map(Refusal::code)
				.contains("intake.contact.frequency");
		assertThat(WaitingContactPolicy.checkAgreement(request, 7, REGISTERED.minusDays(1), TODAY)).map(Refusal::code)
				.contains("intake.contact.date");
		assertThat(WaitingContactPolicy.checkAgreement(request, 7, TODAY, TODAY)).isEmpty();

		request.agreeContact(new ContactAgreement(7, LocalDate.of(2026, 11, 10), "professional"));
		assertThat(request.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 17));
		request.recordContact(LocalDate.of(2026, 11, 14), "professional");
		assertThat(request.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(WaitingContactPolicy.checkContact(request, LocalDate.of(2026, 11, 13), TODAY)).map(Refusal::code)
				.contains("intake.contact.date");
	}

	@Test // TOE-6
	void refusesContactAgreementsOnceTreatmentStarted() {
		assertThat(WaitingContactPolicy.checkAgreement(inTriage(), 7, TODAY, TODAY)).map(Refusal::code)
				.contains("intake.transition.notAllowed");
	}
}
