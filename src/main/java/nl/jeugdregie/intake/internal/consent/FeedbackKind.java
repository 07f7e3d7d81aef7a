package nl.jeugdregie.intake.internal.consent;

import nl.jeugdregie.platform.text.Labelled;

/** What the referrer is told (TOE-11). */
public enum FeedbackKind implements Labelled {
	/** Only that the request arrived; always allowed. */
	ACKNOWLEDGEMENT,
	/** What is being done; only with consent. */
	CONTENT;
}
