package nl.jeugdregie.steering.internal.agenda;

import nl.jeugdregie.platform.text.Labelled;

/** Where an agenda item comes from (STU-6): a risk, a norm, a budget deviation or a new assignment request. */
public enum AgendaItemKind implements Labelled {

	RISK, NORM, BUDGET, REQUEST;
}
