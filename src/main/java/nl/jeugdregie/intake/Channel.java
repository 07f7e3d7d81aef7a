package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/** How a help request reached the CJG (TOE-2). */
public enum Channel implements Labelled {
	IN_PERSON,
	PHONE,
	ONLINE_FORM,
	EMAIL,
	OUTREACH;
}
