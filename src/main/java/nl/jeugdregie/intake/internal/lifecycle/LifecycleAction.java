package nl.jeugdregie.intake.internal.lifecycle;

/** What a professional can do to a help request; {@link TransitionPolicy} says in which states. */
public enum LifecycleAction {
	CONVERSATION("een gesprek vastleggen"),
	TRIAGE("de triage afronden"),
	CONTINUE_BEYOND_MAXIMUM("besluiten door te gaan na het maximum aantal gesprekken"),
	SPECIALISED_CARE_NEEDED("vastleggen dat specialistische jeugdhulp nodig is"),
	APPLICATION("de aanvraag vastleggen"),
	CLOSE("de hulpvraag afsluiten"),
	AGREE_CONTACT("een contactafspraak vastleggen"),
	RECORD_CONTACT("een contact tijdens het wachten vastleggen");

	private final String dutchName;

	LifecycleAction(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
