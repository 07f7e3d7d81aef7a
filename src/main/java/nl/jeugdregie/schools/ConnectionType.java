package nl.jeugdregie.schools;

import nl.jeugdregie.platform.text.Labelled;

/** How a location is connected to the CJG (OND-1). */
public enum ConnectionType implements Labelled {
	/** Basisafspraak: the OCP is on call and contacts the school proactively. */
	BASIS,
	/** Extra: the OCP is on site about one half-day a week, for schools with above-average help questions. */
	EXTRA;
}
