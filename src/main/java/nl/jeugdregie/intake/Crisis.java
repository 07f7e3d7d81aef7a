package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/**
 * Whether a help request is a crisis (TOE-10: an acute situation in which the young person's safety or health
 * needs action the same day), and when it came in: during office hours it goes straight to a professional and
 * to the top of the team's list; outside office hours the crisis protocol applies.
 */
public enum Crisis implements Labelled {
	NONE,
	DURING_OFFICE_HOURS,
	OUTSIDE_OFFICE_HOURS;

	public boolean isCrisis() {
		return this != NONE;
	}
}
