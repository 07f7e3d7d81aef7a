package nl.jeugdregie.steering.internal.governance;

/** The meetings of memo 001 section 6 in which the assignment is steered (STU-6). */
public enum MeetingType {

	TRANSFORMATION("Transformatieoverleg"),
	ALIGNMENT("Afstemmingsoverleg"),
	ADMINISTRATIVE("Bestuurlijk overleg"),
	REGIONAL_ADMINISTRATIVE("Regionaal bestuurlijk overleg"),
	COUNCIL_INFORMATION("Raadsinformatie");

	private final String dutchName;

	MeetingType(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}

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
