package nl.jeugdregie.allocation;

import nl.jeugdregie.platform.text.Labelled;

/**
 * MON-5: what was decided about aftercare (nazorg) once the specialised care of an allocation ended: the CJG
 * follows up, another party does, or no aftercare is needed. Dutch labels: {@code label.allocation.AftercareKind.*}.
 */
public enum AftercareKind implements Labelled {

	/** Nazorg door het CJG, from a date. */
	CJG,
	/** Nazorg door een andere partij (named in free text), from a date. */
	OTHER_PARTY,
	/** Geen nazorg nodig. */
	NONE;

	/** Whether the decision names the day aftercare starts. */
	public boolean hasStart() {
		return this != NONE;
	}

	/** Whether the decision names the party that gives the aftercare. */
	public boolean hasParty() {
		return this == OTHER_PARTY;
	}
}
