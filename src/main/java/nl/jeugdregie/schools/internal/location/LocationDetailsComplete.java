package nl.jeugdregie.schools.internal.location;

import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** A location has a name, street, house number, place, type and number of pupils (0 or more). */
final class LocationDetailsComplete {

	private LocationDetailsComplete() {}

	static final Policy<LocationDraft> NAME = text("name", LocationDraft::name, 200);
	static final Policy<LocationDraft> STREET = text("street", LocationDraft::street, 200);
	static final Policy<LocationDraft> HOUSE_NUMBER = text("houseNumber", LocationDraft::houseNumber, 20);
	static final Policy<LocationDraft> CITY = text("city", LocationDraft::city, 100);
	static final Policy<LocationDraft> TYPE = draft -> draft.type() == null
			? Optional.of(Refusal.of("type", "schools.location.type.required")) : Optional.empty();
	static final Policy<LocationDraft> PUPILS = draft -> draft.pupils() == null || draft.pupils() < 0
			? Optional.of(Refusal.of("pupils", "schools.location.pupils.invalid")) : Optional.empty();

	private static Policy<LocationDraft> text(String field, Function<LocationDraft, @Nullable String> value, int max) {
		return draft -> {
			var typed = value.apply(draft);
			if (typed == null || typed.isBlank()) {
				return Optional.of(Refusal.of(field, "schools.location." + field + ".required"));
			}
			return typed.strip().length() > max ? Optional.of(Refusal.of(field, "schools.text.long", max)) : Optional.empty();
		};
	}
}
