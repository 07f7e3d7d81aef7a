package nl.jeugdregie.allocation.internal.provider;

import nl.jeugdregie.platform.text.Labelled;

/** TOEW-3: how a contract was procured. Light help by open house (the family chooses), heavy help by tender. */
public enum ProcurementRoute implements Labelled {

	OPEN_HOUSE,
	TENDERED;
}
