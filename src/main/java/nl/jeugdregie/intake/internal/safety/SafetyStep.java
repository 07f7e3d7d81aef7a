package nl.jeugdregie.intake.internal.safety;

import nl.jeugdregie.platform.text.Labelled;

/**
 * TOE-14: the five steps of the Meldcode huiselijk geweld en kindermishandeling, in the order they are taken.
 */
public enum SafetyStep implements Labelled {
	SIGNALS_MAPPED,
	CONSULTATION,
	CONVERSATION,
	WEIGHING,
	DECISION;

	/** Step 1 to 5. */
	public int number() {
		return ordinal() + 1;
	}
}
