package nl.jeugdregie.identity;

import nl.jeugdregie.platform.text.Labelled;

/** The expertises a CJG team holds among its professionals (TOE-13). */
public enum Expertise implements Labelled {
	PARENTING_SUPPORT,
	PREVENTIVE_YOUTH_HEALTH,
	DISABILITIES,
	YOUTH_PSYCHOLOGY,
	BEHAVIOURAL_EXPERTISE,
	SAFETY;
}
