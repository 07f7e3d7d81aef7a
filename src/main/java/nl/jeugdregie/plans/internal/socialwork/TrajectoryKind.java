package nl.jeugdregie.plans.internal.socialwork;

import nl.jeugdregie.platform.text.Labelled;

/** PLAN-8, PLAN-9: a regular trajectory (at most the configured months after clarification) or "steun en leun". */
public enum TrajectoryKind implements Labelled {
	REGULAR,
	/** Steun en leun: long-term light support with contact every month or two, by the worker or the resident. */
	SUPPORT_AND_LEAN;
}
