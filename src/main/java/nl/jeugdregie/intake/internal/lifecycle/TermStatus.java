package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.TermExceedance;
import org.jspecify.annotations.Nullable;

/**
 * A running term after treatment started: the application after the last conversation (TOE-7) or the lead
 * time to care (TOE-8), read on a day; warns in its last week (BEY-1).
 */
public record TermStatus(String name, LocalDate deadline, long daysLeft) {

	static TermStatus of(String name, LocalDate deadline, LocalDate today) {
		return new TermStatus(name, deadline, ChronoUnit.DAYS.between(today, deadline));
	}

	/** The running term of a request in its current state, if any. */
	public static @Nullable TermStatus of(HelpRequest request, LocalDate today) {
		return switch (request.state()) {
			case HelpRequestState.AwaitingApplication a -> of(Labels.text("text.intake.term.application"), a.applicationDue(), today);
			case HelpRequestState.ApplicationMade a -> of(Labels.text("text.intake.term.route"), a.leadTimeDeadline(), today);
			case HelpRequestState.AwaitingTreatment _, HelpRequestState.InTriage _, HelpRequestState.InCjgTreatment _,
					HelpRequestState.Closed _ -> null;
		};
	}

	public boolean overdue() {
		return daysLeft < 0;
	}

	public boolean dueThisWeek() {
		return daysLeft >= 0 && daysLeft < TreatmentClock.WARNING_DAYS;
	}

	public String dutchText() {
		if (overdue()) {
			var over = -daysLeft;
			var weeks = TermExceedance.weeksOver(deadline, deadline.plusDays(over));
			return Labels.text("text.intake.term.overdue", over, weeks);
		}
		return daysLeft == 0 ? Labels.text("text.intake.clock.lastDay") : Labels.text("text.intake.clock.daysLeft", daysLeft);
	}
}
