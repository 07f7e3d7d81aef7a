package nl.jeugdregie.plans;

/**
 * CBS Beleidsinformatie Jeugd outcome "goal realisation: continues without help" at the end of a trajectory
 * (PLAN-5, MON-3): the four answer categories.
 */
public enum ContinuationOutcome {
	CONTINUES_WITHOUT_HELP("Kan verder zonder hulp"),
	LIGHTER_HELP_SUFFICES("Lichtere hulp is voldoende"),
	NO_HELP_NOW_MAYBE_LATER("Nu geen hulp nodig, later misschien wel"),
	SAME_OR_HEAVIER_HELP_NEEDED("Dezelfde of zwaardere hulp nodig");

	private final String dutchName;

	ContinuationOutcome(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
