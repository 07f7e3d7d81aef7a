package nl.jeugdregie.plans.internal.followup;

import nl.jeugdregie.platform.text.Labelled;

/** Where a goal stands at a progress measurement (PLAN-5). */
enum GoalStatus implements Labelled {
	NOT_STARTED,
	ON_TRACK,
	REALISED,
	NOT_REALISED,
	STOPPED;
}
