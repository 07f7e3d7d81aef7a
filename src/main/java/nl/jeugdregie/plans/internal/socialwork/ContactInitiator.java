package nl.jeugdregie.plans.internal.socialwork;

import nl.jeugdregie.platform.text.Labelled;

/** Who sought the contact: in "steun en leun" the worker or the resident (PLAN-9). */
enum ContactInitiator implements Labelled {
	WORKER, RESIDENT;
}
