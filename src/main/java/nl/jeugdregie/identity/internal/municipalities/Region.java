package nl.jeugdregie.identity.internal.municipalities;

/** A youth-care region whose municipalities one installation serves (ADR 0042). */
record Region(String code, String name) {

	Region {
		if (code == null || !code.matches("[a-z0-9-]{2,60}") || name == null || name.isBlank()) {
			throw new IllegalArgumentException("A region has a code of lower-case letters, digits and dashes, and a name");
		}
	}
}
