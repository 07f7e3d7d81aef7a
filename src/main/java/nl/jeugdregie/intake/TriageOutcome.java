package nl.jeugdregie.intake;

/** Where triage sends a help request (TOE-4). */
public enum TriageOutcome {
	/** The CJG youth professional handles it, in at most the norm's number of conversations (TOE-7). */
	CJG_TREATMENT("Behandeling door de jeugdprofessional van het CJG", false),
	/** Handed to the social team (sociaal team). */
	SOCIAL_TEAM("Overgedragen aan het sociaal team", true),
	/** Referred to the preceding or collective field: group offers, voluntary work, general provisions. */
	PRECEDING_FIELD("Verwezen naar het voorliggend veld (groepsaanbod, algemene voorzieningen)", true),
	/** An application for specialised youth care (TOE-7, TOE-8). */
	SPECIALISED_CARE("Aanvraag specialistische jeugdhulp", false),
	/** "No is also an answer": no indicated youth care needed; the reason is explained to the family. */
	NO_CARE_NEEDED("Nee is ook een antwoord: geen geïndiceerde jeugdhulp nodig", true);

	private final String dutchName;
	private final boolean closesTheRequest;

	TriageOutcome(String dutchName, boolean closesTheRequest) {
		this.dutchName = dutchName;
		this.closesTheRequest = closesTheRequest;
	}

	public String dutchName() {
		return dutchName;
	}

	/** Whether the CJG's part ends with this outcome, so the request closes with it as its end reason. */
	public boolean closesTheRequest() {
		return closesTheRequest;
	}
}
