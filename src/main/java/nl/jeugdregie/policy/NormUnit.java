package nl.jeugdregie.policy;

import nl.jeugdregie.platform.text.Labelled;

/** The unit a norm's amount is expressed in. Working days skip weekends and public holidays (ADR 0037). */
public enum NormUnit implements Labelled {
	DAYS, WORKING_DAYS, WEEKS, MONTHS, COUNT, PERCENT, HOUR_OF_DAY;
}
