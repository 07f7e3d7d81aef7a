package nl.jeugdregie.findability.internal.information;

import nl.jeugdregie.platform.text.Labelled;

/** VIND-1: who a page is written for; young people have their own section in their own tone. */
public enum Audience implements Labelled {
	EVERYONE, YOUNG_PEOPLE;
}
