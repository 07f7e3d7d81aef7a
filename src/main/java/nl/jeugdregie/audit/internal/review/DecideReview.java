package nl.jeugdregie.audit.internal.review;

import org.jspecify.annotations.Nullable;

/** The command to decide a review item at {@code version}: justified, or reported with an explanation. */
record DecideReview(ReviewDecision decision, @Nullable String explanation, long version) {

	DecideReview {
		if (decision == ReviewDecision.REPORTED && (explanation == null || explanation.isBlank())) {
			throw new IllegalArgumentException("A reported read is explained");
		}
		if (explanation != null && explanation.length() > ProposedReview.MAX_EXPLANATION) {
			throw new IllegalArgumentException("An explanation has at most 500 characters");
		}
	}
}
