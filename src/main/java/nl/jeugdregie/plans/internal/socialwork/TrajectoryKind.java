package nl.jeugdregie.plans.internal.socialwork;

/** PLAN-8, PLAN-9: a regular trajectory (at most the configured months after clarification) or "steun en leun". */
public enum TrajectoryKind {
	REGULAR("Traject"),
	/** Steun en leun: long-term light support with contact every month or two, by the worker or the resident. */
	SUPPORT_AND_LEAN("Steun en leun");

	private final String dutchName;

	TrajectoryKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
