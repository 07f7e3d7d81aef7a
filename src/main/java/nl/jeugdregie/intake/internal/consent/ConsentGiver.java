package nl.jeugdregie.intake.internal.consent;

/** Who gave consent (TOE-11): from 16 the young person decides alone, under 12 the parents, in between both. */
public enum ConsentGiver {
	YOUNG_PERSON("De jeugdige"), PARENTS("De ouders of verzorgers"), BOTH("De jeugdige en de ouders");

	private final String dutchName;

	ConsentGiver(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
