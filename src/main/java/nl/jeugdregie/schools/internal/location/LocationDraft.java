package nl.jeugdregie.schools.internal.location;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolType;
import org.jspecify.annotations.Nullable;

/** A new location as typed on the form, in the API or in a CSV row; {@link LocationPolicy} judges it. */
public record LocationDraft(@Nullable String name, @Nullable String brin, @Nullable String locationNumber,
		@Nullable String street, @Nullable String houseNumber, @Nullable String postcode, @Nullable String city,
		@Nullable SchoolType type, @Nullable Integer pupils, ConnectionDraft connection) {

	/** The location; call only after the rules accepted the draft. */
	SchoolLocation toLocation(SchoolLocationId id, MunicipalityCode municipality) {
		return new SchoolLocation(id, municipality, new Brin(text(brin).toUpperCase(java.util.Locale.ROOT), text(locationNumber)),
				text(name), text(street), text(houseNumber), new Postcode(Postcode.normalise(postcode)), text(city),
				java.util.Objects.requireNonNull(type), pupils == null ? 0 : pupils, connection.toConnection(), null, null, 0);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
