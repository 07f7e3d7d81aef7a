package nl.jeugdregie.audit.internal.review;

import org.jspecify.annotations.Nullable;

/**
 * What a team lead sends about a review item, before the rules judge it: the decision (null when none was chosen)
 * and the explanation, stripped (null when blank). {@link #decided()} makes the command once the rules pass.
 */
record ProposedReview(@Nullable ReviewDecision decision, @Nullable String explanation) {

	static final int MAX_EXPLANATION = 500;

	ProposedReview {
		explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
	}

	static ProposedReview of(@Nullable String decision, @Nullable String explanation) {
		return new ProposedReview(ReviewDecision.parse(decision), explanation);
	}

	DecideReview decided(long version) {
		if (decision == null) {
			throw new IllegalStateException("A review is decided only after DecisionChosen passed");
		}
		return new DecideReview(decision, explanation, version);
	}
}
