package nl.jeugdregie.intake;

import java.util.UUID;

/** Identifies a help request (hulpvraag). */
public record HelpRequestId(UUID value) {

	public HelpRequestId {
		if (value == null) {
			throw new IllegalArgumentException("A help request id is required");
		}
	}

	public static HelpRequestId random() {
		return new HelpRequestId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
