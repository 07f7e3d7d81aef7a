package nl.jeugdregie.schools.internal.location;

import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-1: a location's BRIN is 2 digits and 2 letters, its location number 2 digits. */
final class BrinWellFormed {

	private BrinWellFormed() {}

	static final Policy<LocationDraft> INSTITUTION = draft -> Brin.validInstitution(
			draft.brin() == null ? null : draft.brin().strip().toUpperCase(Locale.ROOT)) ? Optional.empty()
					: Optional.of(Refusal.of("brin", "schools.location.brin.invalid"));

	static final Policy<LocationDraft> LOCATION_NUMBER = draft -> Brin.validLocationNumber(
			draft.locationNumber() == null ? null : draft.locationNumber().strip()) ? Optional.empty()
					: Optional.of(Refusal.of("locationNumber", "schools.location.number.invalid"));
}
