package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/** The kind of registration; integrated early help has its own coordination list (TOE-16). */
public enum RequestType implements Labelled {
	REGULAR,
	/** Integrale vroeghulp: young children with (possible) developmental problems, coordinated by the CJG. */
	INTEGRATED_EARLY_HELP;
}
