package nl.jeugdregie.findability.internal.socialmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-2: a location has a name, an address, a Dutch postcode (1234 AB), a place and a district, the last being what
 * residents filter the map on.
 */
final class LocationDetailsComplete implements Policy<LocationForm> {

	@Override
	public Optional<Refusal> check(LocationForm form) {
		return all(form).stream().findFirst();
	}

	static List<Refusal> all(LocationForm form) {
		var refusals = new ArrayList<Refusal>();
		required(refusals, "name", form.getName(), 150);
		required(refusals, "address", form.getAddress(), 200);
		if (!form.normalisedPostcode().matches("[1-9][0-9]{3} [A-Z]{2}")) {
			refusals.add(Refusal.of("postcode", "findability.location.postcode.invalid"));
		}
		required(refusals, "city", form.getCity(), 80);
		required(refusals, "district", form.getDistrict(), 100);
		return refusals;
	}

	private static void required(List<Refusal> refusals, String field, @org.jspecify.annotations.Nullable String value,
			int maximum) {
		var text = ServiceForm.text(value);
		if (text.isEmpty()) {
			refusals.add(Refusal.of(field, "findability.location." + field + ".required"));
		} else if (text.length() > maximum) {
			refusals.add(Refusal.of(field, "findability.text.tooLong", maximum));
		}
	}
}
