package nl.jeugdregie.steering.internal.assignment;

/** Youth and adults are accounted for separately (STU-4): their money comes from different budgets. */
public enum TargetGroup {

	YOUTH("Jeugd"), ADULTS("Volwassenen");

	private final String dutchName;

	TargetGroup(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
