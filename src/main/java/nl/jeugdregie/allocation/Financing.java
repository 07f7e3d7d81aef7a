package nl.jeugdregie.allocation;

import nl.jeugdregie.platform.text.Labelled;

/** TOEW-4: care in kind (zorg in natura) or a personal budget (persoonsgebonden budget). */
public enum Financing implements Labelled {

	IN_KIND,
	PGB;
}
