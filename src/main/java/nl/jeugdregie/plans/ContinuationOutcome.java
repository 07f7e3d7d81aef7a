package nl.jeugdregie.plans;

import nl.jeugdregie.platform.text.Labelled;

/**
 * CBS Beleidsinformatie Jeugd outcome "goal realisation: continues without help" at the end of a trajectory
 * (PLAN-5, MON-3): the four answer categories.
 */
public enum ContinuationOutcome implements Labelled {
	CONTINUES_WITHOUT_HELP,
	LIGHTER_HELP_SUFFICES,
	NO_HELP_NOW_MAYBE_LATER,
	SAME_OR_HEAVIER_HELP_NEEDED;
}
