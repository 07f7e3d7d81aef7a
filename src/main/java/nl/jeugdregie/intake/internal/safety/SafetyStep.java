package nl.jeugdregie.intake.internal.safety;

/**
 * TOE-14: the five steps of the Meldcode huiselijk geweld en kindermishandeling, in the order they are taken.
 */
public enum SafetyStep {
	SIGNALS_MAPPED("Stap 1: signalen in kaart brengen"),
	CONSULTATION("Stap 2: collega raadplegen en zo nodig Veilig Thuis"),
	CONVERSATION("Stap 3: gesprek met de cliënt"),
	WEIGHING("Stap 4: geweld of kindermishandeling wegen met het afwegingskader"),
	DECISION("Stap 5: beslissen: hulp organiseren en/of melden");

	private final String dutchName;

	SafetyStep(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	/** Step 1 to 5. */
	public int number() {
		return ordinal() + 1;
	}
}
