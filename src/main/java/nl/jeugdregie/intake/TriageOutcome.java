package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/** Where triage sends a help request (TOE-4). */
public enum TriageOutcome implements Labelled {
	/** The CJG youth professional handles it, in at most the norm's number of conversations (TOE-7). */
	CJG_TREATMENT(false),
	/** Handed to the social team (sociaal team). */
	SOCIAL_TEAM(true),
	/** Referred to the preceding or collective field: group offers, voluntary work, general provisions. */
	PRECEDING_FIELD(true),
	/** An application for specialised youth care (TOE-7, TOE-8). */
	SPECIALISED_CARE(false),
	/** "No is also an answer": no indicated youth care needed; the reason is explained to the family. */
	NO_CARE_NEEDED(true);

	private final boolean closesTheRequest;

	TriageOutcome(boolean closesTheRequest) {
		this.closesTheRequest = closesTheRequest;
	}

	/** Whether the CJG's part ends with this outcome, so the request closes with it as its end reason. */
	public boolean closesTheRequest() {
		return closesTheRequest;
	}
}
