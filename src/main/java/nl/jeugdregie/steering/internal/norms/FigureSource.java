package nl.jeugdregie.steering.internal.norms;

import nl.jeugdregie.platform.text.Labelled;

/** Where the figure behind a norm's status came from. */
public enum FigureSource implements Labelled {
	CASE_DATA,
	FINANCING,
	PROVIDER,
	NONE;
}
