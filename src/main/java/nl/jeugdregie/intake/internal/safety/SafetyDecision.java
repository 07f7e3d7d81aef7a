package nl.jeugdregie.intake.internal.safety;

import nl.jeugdregie.platform.text.Labelled;

/** TOE-14: the decision of meldcode step 5. */
public enum SafetyDecision implements Labelled {
	ORGANISE_HELP,
	REPORT,
	ORGANISE_HELP_AND_REPORT;
}
