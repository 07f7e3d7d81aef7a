package nl.jeugdregie.plans.internal.socialwork;

import nl.jeugdregie.platform.text.Labelled;

/** A contact in an adult's social work trajectory. */
enum ContactKind implements Labelled {
	/** A conversation of the question clarification (vraagverheldering), at most two (PLAN-8). */
	CLARIFICATION,
	CONTACT,
	/** The evaluation, due at the latest one month before the trajectory's end (PLAN-8). */
	EVALUATION;
}
