package nl.jeugdregie.intake.internal.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.TermExceedance;
import org.jspecify.annotations.Nullable;

/**
 * The TOE-5 norm clock of one request: treatment starts on or before {@code deadline}, which was fixed at
 * registration from the norm in force that day. Warns a week ahead (BEY-1).
 */
public record TreatmentClock(LocalDate registeredOn, LocalDate deadline) {

	static final int WARNING_DAYS = 7;

	public TreatmentClock {
		if (deadline.isBefore(registeredOn)) {
			throw new IllegalArgumentException("A deadline lies on or after the registration date");
		}
	}

	/** A request closed before its first conversation stops its clock: no treatment is pending any more. */
	Reading read(LocalDate today, @Nullable LocalDate startedOn, @Nullable LocalDate closedOn) {
		if (startedOn == null && closedOn != null) {
			return new Reading(Status.CLOSED_BEFORE_START, 0, 0, 0);
		}
		if (startedOn != null) {
			return startedOn.isAfter(deadline)
					? new Reading(Status.STARTED_LATE, 0, TermExceedance.daysOver(deadline, startedOn),
							TermExceedance.weeksOver(deadline, startedOn))
					: new Reading(Status.STARTED_IN_TIME, 0, 0, 0);
		}
		var daysLeft = ChronoUnit.DAYS.between(today, deadline);
		if (daysLeft < 0) {
			return new Reading(Status.OVERDUE, daysLeft, TermExceedance.daysOver(deadline, today),
					TermExceedance.weeksOver(deadline, today));
		}
		return new Reading(daysLeft < WARNING_DAYS ? Status.DUE_THIS_WEEK : Status.RUNNING, daysLeft, 0, 0);
	}

	public enum Status {
		RUNNING, DUE_THIS_WEEK, OVERDUE, STARTED_IN_TIME, STARTED_LATE, CLOSED_BEFORE_START
	}

	/**
	 * @param daysLeft days until the deadline (negative once passed) while waiting
	 * @param daysOver days past the deadline, when exceeded
	 * @param weeksOver started weeks past the deadline, when exceeded
	 */
	public record Reading(Status status, long daysLeft, long daysOver, long weeksOver) {

		public boolean exceeded() {
			return status == Status.OVERDUE || status == Status.STARTED_LATE;
		}

		/** The clock as shown on the worklist. */
		public String dutchText() {
			return switch (status) {
				case RUNNING, DUE_THIS_WEEK -> daysLeft == 0 ? Labels.text("text.intake.clock.lastDay")
						: Labels.text("text.intake.clock.daysLeft", daysLeft);
				case OVERDUE -> Labels.text("text.intake.clock.overdue", daysOver);
				case STARTED_IN_TIME -> Labels.text("text.intake.clock.startedInTime");
				case STARTED_LATE -> Labels.text("text.intake.clock.startedLate", weeksOver);
				case CLOSED_BEFORE_START -> Labels.text("text.intake.clock.closedBeforeStart");
			};
		}
	}
}
