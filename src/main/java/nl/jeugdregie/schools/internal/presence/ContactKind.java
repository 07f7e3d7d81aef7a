package nl.jeugdregie.schools.internal.presence;

import nl.jeugdregie.platform.text.Labelled;

/** How an OCP was in contact with a location (OND-2). */
public enum ContactKind implements Labelled {
	ON_SITE,
	ZAT_MEETING,
	PHONE;
}
