package nl.jeugdregie.findability.internal.socialmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * VIND-2: a service of the social map as shown: its organisation, themes and locations, when it was last confirmed
 * and, when reported, its current waiting time.
 */
public record ServiceEntry(UUID id, UUID organizationId, String organizationName, String name, String description,
		int minAge, int maxAge, @Nullable String phone, @Nullable String email, @Nullable String website,
		@Nullable String agbCode, @Nullable String productCategory, LocalDate lastConfirmedOn, long version,
		List<Theme> themes, List<Place> locations, @Nullable WaitingTime waitingTime) {

	public record Theme(String code, String name) {}

	public record Place(UUID id, String name, String address, String postcode, String city, String district) {}

	public record WaitingTime(int weeks, LocalDate reportedOn) {}

	public ServiceEntry {
		themes = List.copyOf(themes);
		locations = List.copyOf(locations);
	}

	public String ages() {
		return minAge == 0 && maxAge >= 99 ? "alle leeftijden" : minAge + " tot en met " + maxAge + " jaar";
	}

	public boolean confirmedBefore(LocalDate limit) {
		return lastConfirmedOn.isBefore(limit);
	}
}
