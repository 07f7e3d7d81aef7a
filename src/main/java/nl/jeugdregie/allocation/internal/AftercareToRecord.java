package nl.jeugdregie.allocation.internal;

import nl.jeugdregie.identity.CurrentUser;

/**
 * MON-5: how many allocations of the user's team have ended without an aftercare decision, for the count with a link on
 * the case worker's overview (the applications page). Implemented by the aftercare feature, so the overview does not
 * depend on it.
 */
public interface AftercareToRecord {

	/** The number of the team's ended allocations without an aftercare decision; 0 for a user without a team. */
	long count(CurrentUser user);
}
