package nl.jeugdregie.steering.internal.financing;

import nl.jeugdregie.platform.text.Labelled;

/** What a financing line pays for. */
public enum FinancingCategory implements Labelled {

	STAFF, ACTIVITY_BUDGET, HOUSING, OTHER;
}
