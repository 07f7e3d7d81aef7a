package nl.jeugdregie.findability.internal.socialmap;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** VIND-2: an organisation of the social map (HSDS organization) with its current locations and keeping accounts. */
public record OrganizationEntry(UUID id, String name, String description, @Nullable String website,
		@Nullable String email, @Nullable String phone, long version, List<String> providers, List<Place> locations) {

	/** A current location of the organisation (HSDS location). */
	public record Place(UUID id, UUID organizationId, String name, String address, String postcode, String city,
			String district, long version) {}

	public OrganizationEntry {
		providers = List.copyOf(providers);
		locations = List.copyOf(locations);
	}
}
