package nl.jeugdregie.intake.internal.consent;

import nl.jeugdregie.platform.text.Labelled;

/** What the young person or parents consent to (TOE-11). */
public enum ConsentPurpose implements Labelled {
	/** The referrer hears what is being done, not only that the request arrived. */
	CONTENT_FEEDBACK_TO_REFERRER;
}
