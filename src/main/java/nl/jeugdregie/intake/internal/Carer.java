package nl.jeugdregie.intake.internal;

/** A parent or carer involved in the request. */
record Carer(String name, String relation) {

	@Override
	public String toString() {
		return "Carer[***]";
	}
}
