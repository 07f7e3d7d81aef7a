package nl.jeugdregie.plans.internal.futureplan;

/** A date around the 18th birthday that a future plan keeps in view (PLAN-4). */
enum FutureDateKind {
	END_OF_YOUTH_CARE("Einde jeugdhulp"),
	START_ADULT_PROVISION("Start voorziening voor volwassenen"),
	APPLICATION_DEADLINE("Uiterste datum aanvraag"),
	OTHER("Andere afspraak");

	private final String dutchName;

	FutureDateKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
