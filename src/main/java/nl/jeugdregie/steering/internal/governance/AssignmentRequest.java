package nl.jeugdregie.steering.internal.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labelled;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * A new assignment request (nieuwe opdracht) with its impact analysis (memo 001 6.3, STU-6) and, once decided, the
 * decision with its reason and date.
 *
 * @param typeOfWorkId the type of work it extends; null when, once accepted, it becomes a new type of work
 */
public record AssignmentRequest(long id, long assignmentId, String title, String currentSituation,
		String desiredSituation, String fit, BigDecimal fte, long budgetCents, String sourceOfFunds,
		@Nullable Long typeOfWorkId, @Nullable String typeOfWorkName, TargetGroup targetGroup, String submittedBy,
		Instant submittedAt, Status status, @Nullable String decisionReason, @Nullable LocalDate decidedOn,
		@Nullable String decidedBy, int version) {

	public enum Status implements Labelled {

		REQUESTED, ACCEPTED, REJECTED;
	}

	public boolean undecided() {
		return status == Status.REQUESTED;
	}

	public String budgetText() {
		return Amounts.euro(budgetCents);
	}

	public String fteText() {
		return Amounts.fte(fte);
	}
}
