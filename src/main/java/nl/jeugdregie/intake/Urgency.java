package nl.jeugdregie.intake;

import nl.jeugdregie.platform.text.Labelled;

/** How urgent triage judges a request (TOE-4). */
public enum Urgency implements Labelled {
	LOW, NORMAL, HIGH;
}
