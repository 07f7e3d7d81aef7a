package nl.jeugdregie.audit.internal.overview;

import nl.jeugdregie.platform.text.Labelled;

/** How the overview is handed out; the audit row of its making says which. */
enum OverviewFormat implements Labelled {
	SCREEN,
	PDF,
	API;
}
