package nl.jeugdregie.steering.internal.assignment;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.steering.internal.risk.RiskScore;
import nl.jeugdregie.steering.internal.risk.RiskScoreWithinScale;
import org.jspecify.annotations.Nullable;

/**
 * The typed id and command for reassessing a risk (STU-3). The controllers build the command with {@code of(...)},
 * which answers the refusals per field; the constructor accepts only a score on the scale and a note within the
 * limit. Whether someone else reassessed the risk first, {@link SteeringService} checks when it saves.
 */
final class RiskCommands {

	private RiskCommands() {}

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
				refusals.add(new Refusal("note", "note.missing"));
			}
			else if (text.length() > SteeringService.MAX_NOTE_LENGTH) {
				refusals.add(new Refusal("note", "note.tooLong", SteeringService.MAX_NOTE_LENGTH));
			}
			if (!refusals.isEmpty() || !(score instanceof RiskScoreWithinScale.Accepted accepted) || text == null) {
				return Outcome.refused(refusals.stream().map(Refusal::toPlatform).toList());
			}
			return Outcome.done(new ReassessRisk(risk, accepted.score(), text));
		}
	}
}
