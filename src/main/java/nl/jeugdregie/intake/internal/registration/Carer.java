package nl.jeugdregie.intake.internal.registration;

/** A parent or carer involved in the request. */
public record Carer(String name, String relation) {

	@Override
	public String toString() {
		return "Carer[***]";
	}
}
