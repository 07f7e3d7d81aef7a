package nl.jeugdregie.plans.internal.socialwork;

import static nl.jeugdregie.plans.internal.socialwork.SocialWorkFixtures.TERMS;
import static nl.jeugdregie.plans.internal.socialwork.SocialWorkFixtures.contact;
import static nl.jeugdregie.plans.internal.socialwork.SocialWorkFixtures.trajectory;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.plans.internal.socialwork.SocialWorkClock.Signal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-8, PLAN-9: the trajectory's clock: first conversation within 4/6 weeks, end, evaluation, contact rhythm. */
class SocialWorkClockUnitTests {

	static final LocalDate REGISTERED = LocalDate.of(2026, 10, 1);

	@Test
	@DisplayName("PLAN-8: the first conversation is due 4 weeks after registration and at the latest after 6 weeks")
	void givesTheFirstConversationTerms() {
		var registered = trajectory(REGISTERED, new TrajectoryState.Registered());

		var clock = SocialWorkClock.of(registered, TERMS, LocalDate.of(2026, 10, 29));

		assertThat(clock.firstConversationDue()).isEqualTo(LocalDate.of(2026, 10, 29));
		assertThat(clock.firstConversationLimit()).isEqualTo(LocalDate.of(2026, 11, 12));
		assertThat(clock.signal()).isEqualTo(Signal.FIRST_CONVERSATION_OPEN);
		assertThat(SocialWorkClock.of(registered, TERMS, LocalDate.of(2026, 10, 30)).signal())
				.isEqualTo(Signal.FIRST_CONVERSATION_TERM_PASSED);
		assertThat(SocialWorkClock.of(registered, TERMS, LocalDate.of(2026, 11, 13)).signal())
				.isEqualTo(Signal.FIRST_CONVERSATION_LIMIT_PASSED);
	}

	@Test
	@DisplayName("PLAN-8: tells whether the first conversation was within 4 weeks, or within 6")
	void tellsWhetherTheFirstConversationWasInTime() {
		var inTime = SocialWorkClock.of(trajectory(REGISTERED, new TrajectoryState.Clarifying(LocalDate.of(2026, 10, 29))),
				TERMS, LocalDate.of(2026, 11, 16));
		var late = SocialWorkClock.of(trajectory(REGISTERED, new TrajectoryState.Clarifying(LocalDate.of(2026, 11, 5))),
				TERMS, LocalDate.of(2026, 11, 16));

		assertThat(inTime.firstConversationWithinTerm()).isTrue();
		assertThat(late.firstConversationWithinTerm()).isFalse();
		assertThat(late.firstConversationWithinLimit()).isTrue();
	}

	@Test
	@DisplayName("PLAN-8: a trajectory ends 6 months after clarification; the evaluation reminder comes one month before")
	void remindsOfTheEvaluationOneMonthBeforeTheEnd() {
		var clarified = LocalDate.of(2026, 5, 20);
		var state = new TrajectoryState.InTrajectory(LocalDate.of(2026, 5, 1), clarified, "Vraag", TrajectoryKind.REGULAR,
				null, clarified.plusMonths(6));
		var running = trajectory(LocalDate.of(2026, 4, 20), state);

		var clock = SocialWorkClock.of(running, TERMS, LocalDate.of(2026, 10, 20));

		assertThat(clock.plannedEnd()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(clock.evaluationDue()).isEqualTo(LocalDate.of(2026, 10, 20));
		assertThat(clock.signal()).isEqualTo(Signal.EVALUATION_DUE);
		assertThat(SocialWorkClock.of(running, TERMS, LocalDate.of(2026, 9, 20)).signal()).isEqualTo(Signal.EVALUATION_SOON);
		assertThat(SocialWorkClock.of(running, TERMS, LocalDate.of(2026, 9, 19)).signal()).isEqualTo(Signal.ON_TRACK);
		assertThat(SocialWorkClock.of(running, TERMS, LocalDate.of(2026, 11, 21)).signal()).isEqualTo(Signal.TERM_EXPIRED);
		assertThat(clock.signal().evaluationReminder()).isTrue();
	}

	@Test
	@DisplayName("PLAN-8: a recorded evaluation ends the reminder, but not the expiry of the term")
	void stopsRemindingOnceEvaluated() {
		var clarified = LocalDate.of(2026, 5, 20);
		var state = new TrajectoryState.InTrajectory(LocalDate.of(2026, 5, 1), clarified, "Vraag", TrajectoryKind.REGULAR,
				null, clarified.plusMonths(6));
		var evaluated = trajectory(LocalDate.of(2026, 4, 20), state, contact(ContactKind.EVALUATION, LocalDate.of(2026, 10, 15)));

		assertThat(SocialWorkClock.of(evaluated, TERMS, LocalDate.of(2026, 10, 25)).signal()).isEqualTo(Signal.ON_TRACK);
		assertThat(SocialWorkClock.of(evaluated, TERMS, LocalDate.of(2026, 11, 21)).signal()).isEqualTo(Signal.TERM_EXPIRED);
	}

	@Test
	@DisplayName("PLAN-9: steun en leun has no end but asks for contact in its rhythm after the last contact")
	void asksForContactInTheRhythmOfSteunEnLeun() {
		var clarified = LocalDate.of(2026, 6, 1);
		var state = new TrajectoryState.InTrajectory(LocalDate.of(2026, 5, 1), clarified, "Vraag",
				TrajectoryKind.SUPPORT_AND_LEAN, 8, null);
		var leaning = trajectory(LocalDate.of(2026, 4, 20), state, contact(ContactKind.CONTACT, LocalDate.of(2026, 10, 1)));

		var clock = SocialWorkClock.of(leaning, TERMS, LocalDate.of(2026, 11, 16));

		assertThat(clock.plannedEnd()).isNull();
		assertThat(clock.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(clock.signal()).isEqualTo(Signal.ON_TRACK);
		assertThat(SocialWorkClock.of(leaning, TERMS, LocalDate.of(2026, 11, 26)).signal()).isEqualTo(Signal.CONTACT_DUE);
	}
}
