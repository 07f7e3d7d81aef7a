package nl.jeugdregie.audit.internal.review;

import java.time.Instant;

/** Where a review item is: waiting for the lead, or decided once and for all. */
sealed interface ReviewState {

	/** Not yet reviewed. */
	record Unreviewed() implements ReviewState {}

	/** The lead judged the read justified. */
	record Justified(String decidedBy, Instant decidedAt) implements ReviewState {}

	/** The lead reported the read, saying why. */
	record Reported(String decidedBy, Instant decidedAt, String explanation) implements ReviewState {}
}
