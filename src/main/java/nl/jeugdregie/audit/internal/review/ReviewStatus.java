package nl.jeugdregie.audit.internal.review;

import nl.jeugdregie.platform.text.Labelled;

/** The status badge of a review item: its state, and for an unreviewed one whether the review term has passed. */
enum ReviewStatus implements Labelled {
	UNREVIEWED,
	OVERDUE,
	JUSTIFIED,
	REPORTED;
}
