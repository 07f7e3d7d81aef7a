package nl.jeugdregie.plans.internal;

/** The part a person plays in a household. */
enum MemberRole {
	YOUNG_PERSON("Jeugdige"), PARENT("Ouder"), CARER("Verzorger"), NETWORK_MEMBER("Netwerklid");

	private final String dutchName;

	MemberRole(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
