package nl.jeugdregie.allocation.internal.aftercare;

import nl.jeugdregie.platform.input.InputHygiene;

/** MON-5: the other party that gives the aftercare, as typed: 1 to 100 characters, without forbidden characters. */
record AftercareParty(String value) {

	static final int MAX_LENGTH = 100;

	AftercareParty {
		if (value == null || value.isBlank() || !value.equals(value.strip()) || value.length() > MAX_LENGTH
				|| !InputHygiene.isClean(value) || value.contains("\n") || value.contains("\r")) {
			throw new IllegalArgumentException("A party is one line of 1 to 100 clean characters, stripped");
		}
	}
}
