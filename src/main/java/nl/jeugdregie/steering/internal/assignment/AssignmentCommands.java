package nl.jeugdregie.steering.internal.assignment;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.financing.FinancingLineInput;
import nl.jeugdregie.steering.internal.risk.RiskScore;
import nl.jeugdregie.steering.internal.risk.RiskScoreWithinScale;
import org.jspecify.annotations.Nullable;

/**
 * The typed ids and commands of the assignment: reassessing a risk (STU-3) and adding a financing line to a type of
 * work (STU-4). The controllers build a command with {@code of(...)}, which answers the refusals per field; the
 * constructor accepts only checked values. Whether someone else reassessed the risk first, or whether a new line
 * keeps the total within the budget cap, {@link SteeringService} checks when it saves.
 */
final class AssignmentCommands {

	private AssignmentCommands() {}

	/** Which risk; a positive database id. */
	record RiskId(long value) {

		RiskId {
			if (value <= 0) {
				throw new IllegalArgumentException("A risk id is positive");
			}
		}

		/** The id as sent; empty when it can be no risk at all (answered as not found). */
		static Optional<RiskId> of(long value) {
			return value > 0 ? Optional.of(new RiskId(value)) : Optional.empty();
		}
	}

	/** A new probability and damage for a risk, with the note that explains it. */
	record ReassessRisk(RiskId risk, RiskScore score, String note) {

		ReassessRisk {
			Objects.requireNonNull(risk, "risk");
			Objects.requireNonNull(score, "score");
			if (new RiskScoreWithinScale().check(score.probability(), score.damage())
					instanceof RiskScoreWithinScale.Refused) {
				throw new IllegalArgumentException("A risk score lies on the scale of 1 to 3");
			}
			if (note.isBlank() || note.strip().length() > SteeringService.MAX_NOTE_LENGTH) {
				throw new IllegalArgumentException("A note is 1 to " + SteeringService.MAX_NOTE_LENGTH + " characters");
			}
			note = note.strip();
		}

		static Outcome<ReassessRisk> of(RiskId risk, @Nullable Integer probability, @Nullable Integer damage,
				@Nullable String note) {
			var refusals = new ArrayList<Refusal>();
			var score = new RiskScoreWithinScale().check(probability, damage);
			if (score instanceof RiskScoreWithinScale.Refused refused) {
				refusals.addAll(refused.refusals());
			}
			var text = note == null || note.isBlank() ? null : note.strip();
			if (text == null) {
				refusals.add(Refusal.of("note", "steering.refusal.note.missing"));
			}
			else if (text.length() > SteeringService.MAX_NOTE_LENGTH) {
				refusals.add(Refusal.of("note", "steering.refusal.note.tooLong", SteeringService.MAX_NOTE_LENGTH));
			}
			if (!refusals.isEmpty() || !(score instanceof RiskScoreWithinScale.Accepted accepted) || text == null) {
				return Outcome.refused(refusals);
			}
			return Outcome.done(new ReassessRisk(risk, accepted.score(), text));
		}
	}

	/** Which type of work; a positive database id, read from the path. */
	record TypeOfWorkId(long value) {

		TypeOfWorkId {
			if (value <= 0) {
				throw new IllegalArgumentException("A type of work id is positive");
			}
		}

		/** The id in a path; empty when it can be no type of work at all (answered as not found). */
		static Optional<TypeOfWorkId> of(long value) {
			return value > 0 ? Optional.of(new TypeOfWorkId(value)) : Optional.empty();
		}
	}

	/** A new financing line on a type of work. */
	record AddFinancingLine(TypeOfWorkId typeOfWork, FinancingLineInput line) {

		AddFinancingLine {
			Objects.requireNonNull(typeOfWork, "typeOfWork");
			Objects.requireNonNull(line, "line");
		}

		static Outcome<AddFinancingLine> of(TypeOfWorkId typeOfWork, @Nullable String label, @Nullable String category,
				@Nullable String fte, @Nullable String amount) {
			return FinancingLineInput.of(label, category, fte, amount)
					.then(line -> Outcome.done(new AddFinancingLine(typeOfWork, line)));
		}
	}
}
