package nl.jeugdregie.plans;

/** Where an adult goes when individual social work ends (PLAN-9): the exit route recorded at closure. */
public enum ExitRoute {
	OWN_NETWORK("Eigen netwerk"),
	VOLUNTEERS("Vrijwilligers"),
	LOW_THRESHOLD_ACTIVITIES("Laagdrempelige activiteiten"),
	COLLECTIVE_SOCIAL_WORK("Collectief maatschappelijk werk"),
	WMO_TAILORED_PROVISION("Wmo-maatwerkvoorziening"),
	OTHER_SPECIALISED_PROVISION("Andere specialistische voorziening");

	private final String dutchName;

	ExitRoute(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
