package nl.jeugdregie.intake;

/**
 * Whether a help request is a crisis (TOE-10: an acute situation in which the young person's safety or health
 * needs action the same day), and when it came in: during office hours it goes straight to a professional and
 * to the top of the team's list; outside office hours the crisis protocol applies.
 */
public enum Crisis {
	NONE("Geen crisis"),
	DURING_OFFICE_HOURS("Crisis, binnen kantoortijd: direct oppakken"),
	OUTSIDE_OFFICE_HOURS("Crisis, buiten kantoortijd: volg het crisisprotocol");

	private final String dutchName;

	Crisis(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	public boolean isCrisis() {
		return this != NONE;
	}
}
