package nl.jeugdregie.intake.internal.usefulness;

import java.util.Collection;
import java.util.Optional;
import nl.jeugdregie.intake.UsefulnessScored.Respondent;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * MON-3: a usefulness score is given after the help ended: only on a closed request, 1 to 10, once per
 * respondent (the young person, a parent).
 */
final class UsefulnessScorePolicy {

	private UsefulnessScorePolicy() {}

	static Optional<Refusal> check(HelpRequestState state, @Nullable Respondent respondent, @Nullable Integer score,
			Collection<Respondent> alreadyScored) {
		if (!(state instanceof HelpRequestState.Closed)) {
			return Optional.of(Refusal.of("score", "intake.usefulness.notClosed"));
		}
		if (respondent == null) {
			return Optional.of(Refusal.of("respondent", "intake.usefulness.respondent.required"));
		}
		if (score == null || score < 1 || score > 10) {
			return Optional.of(Refusal.of("score", "intake.usefulness.score.range"));
		}
		if (alreadyScored.contains(respondent)) {
			return Optional.of(Refusal.of("respondent", "intake.usefulness.already"));
		}
		return Optional.empty();
	}
}
