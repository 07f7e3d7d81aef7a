package nl.jeugdregie.intake.internal.consent;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded consent for a help request (TOE-11); withdrawn from a date on, never deleted. */
public record Consent(UUID id, ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn, String recordedBy,
		@Nullable LocalDate withdrawnOn, @Nullable String withdrawnBy) {

	/** Whether the consent holds on the day: given on or before it and not withdrawn by then. */
	public boolean holdsOn(LocalDate day) {
		return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
	}

	public boolean withdrawn() {
		return withdrawnOn != null;
	}
}
