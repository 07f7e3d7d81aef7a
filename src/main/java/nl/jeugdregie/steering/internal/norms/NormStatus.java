package nl.jeugdregie.steering.internal.norms;

/** The state of a norm on a day (STU-5). */
public enum NormStatus {
	MET("gehaald"),
	AT_RISK("dreigt niet gehaald te worden"),
	MISSED("niet gehaald"),
	NO_FIGURE("geen cijfer"),
	NOT_YET_IN_EFFECT("geldt nog niet");

	private final String dutchName;

	NormStatus(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

	/** For the agenda of the next meeting: norms missed or at risk. */
	public boolean needsAttention() {
		return this == MISSED || this == AT_RISK;
	}
}
