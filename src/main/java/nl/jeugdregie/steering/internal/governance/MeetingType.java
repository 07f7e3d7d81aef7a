package nl.jeugdregie.steering.internal.governance;

import nl.jeugdregie.platform.text.Labelled;

/** The meetings of memo 001 section 6 in which the assignment is steered (STU-6). */
public enum MeetingType implements Labelled {

	TRANSFORMATION,
	ALIGNMENT,
	ADMINISTRATIVE,
	REGIONAL_ADMINISTRATIVE,
	COUNCIL_INFORMATION;

	static @org.jspecify.annotations.Nullable MeetingType parse(@org.jspecify.annotations.Nullable String name) {
		if (name == null) {
			return null;
		}
		for (var type : values()) {
			if (type.name().equals(name.strip())) {
				return type;
			}
		}
		return null;
	}
}
