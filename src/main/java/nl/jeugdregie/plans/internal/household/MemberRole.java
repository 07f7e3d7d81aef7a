package nl.jeugdregie.plans.internal.household;

/** The part a person plays in a household. */
public enum MemberRole {
	YOUNG_PERSON("Jeugdige"), PARENT("Ouder"), CARER("Verzorger"), NETWORK_MEMBER("Netwerklid");

	private final String dutchName;

	MemberRole(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
