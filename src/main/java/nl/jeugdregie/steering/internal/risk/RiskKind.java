package nl.jeugdregie.steering.internal.risk;

import nl.jeugdregie.platform.text.Labelled;

/** What a row of the risk register describes (STU-3). */
public enum RiskKind implements Labelled {

	RISK, OPPORTUNITY, PRECONDITION;
}
