package nl.jeugdregie.intake.internal.consent;

import nl.jeugdregie.platform.text.Labelled;

/** Who gave consent (TOE-11): from 16 the young person decides alone, under 12 the parents, in between both. */
public enum ConsentGiver implements Labelled {
	YOUNG_PERSON, PARENTS, BOTH;
}
