package nl.jeugdregie.steering.internal.norms;

import nl.jeugdregie.platform.text.Labelled;

/** The state of a norm on a day (STU-5). */
public enum NormStatus implements Labelled {
	MET,
	AT_RISK,
	MISSED,
	NO_FIGURE,
	NOT_YET_IN_EFFECT;

	/** For the agenda of the next meeting: norms missed or at risk. */
	public boolean needsAttention() {
		return this == MISSED || this == AT_RISK;
	}
}
