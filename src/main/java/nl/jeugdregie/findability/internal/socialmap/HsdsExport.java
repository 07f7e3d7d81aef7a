package nl.jeugdregie.findability.internal.socialmap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * VIND-2: the social map as open data in the shape of Open Referral HSDS: JSON with the tables {@code organizations},
 * {@code services}, {@code locations}, {@code service_at_locations} and {@code taxonomy_terms} (field names as in
 * HSDS, plus {@code last_confirmed} and {@code waiting_time}), and CSV with one row per service at a location
 * (UTF-8 with a byte-order mark, separator {@code ;}, so spreadsheet programs in Dutch open it as is).
 */
final class HsdsExport {

	private static final String BOM = "\uFEFF";

	private HsdsExport() {}

	static Map<String, Object> json(List<ServiceEntry> entries, List<ServiceEntry.Theme> themes) {
		var organizations = new LinkedHashMap<Object, Map<String, Object>>();
		var services = new ArrayList<Map<String, Object>>();
		var locations = new LinkedHashMap<Object, Map<String, Object>>();
		var atLocations = new ArrayList<Map<String, Object>>();
		for (var entry : entries) {
			organizations.computeIfAbsent(entry.organizationId(), id -> ordered("id", id, "name", entry.organizationName(),
					"website", entry.website()));
			var service = ordered("id", entry.id(), "organization_id", entry.organizationId(), "name", entry.name(),
					"description", entry.description(), "minimum_age", entry.minAge(), "maximum_age", entry.maxAge(),
					"phone", entry.phone(), "email", entry.email(), "last_confirmed", entry.lastConfirmedOn().toString(),
					"taxonomy_terms", entry.themes().stream().map(ServiceEntry.Theme::code).toList());
			service.put("waiting_time", entry.waitingTime() == null ? null
					: ordered("weeks", entry.waitingTime().weeks(), "reported_on", entry.waitingTime().reportedOn().toString()));
			services.add(service);
			for (var place : entry.locations()) {
				locations.computeIfAbsent(place.id(), id -> ordered("id", id, "organization_id", entry.organizationId(),
						"name", place.name(), "addresses", List.of(ordered("address_1", place.address(),
								"postal_code", place.postcode(), "city", place.city(), "country", "NL")),
						"district", place.district()));
				atLocations.add(ordered("id", entry.id() + ":" + place.id(), "service_id", entry.id(), "location_id", place.id()));
			}
		}
		var document = new LinkedHashMap<String, Object>();
		document.put("organizations", List.copyOf(organizations.values()));
		document.put("services", services);
		document.put("locations", List.copyOf(locations.values()));
		document.put("service_at_locations", atLocations);
		document.put("taxonomy_terms", themes.stream().map(t -> ordered("id", t.code(), "name", t.name(),
				"taxonomy", "jeugdregie-thema")).toList());
		return document;
	}

	static byte[] csv(List<ServiceEntry> entries) {
		var out = new StringBuilder(BOM);
		row(out, List.of("dienst_id", "dienst", "organisatie", "omschrijving", "leeftijd_van", "leeftijd_tot", "themas",
				"locatie", "adres", "postcode", "plaats", "wijk", "telefoon", "e-mail", "laatst_bevestigd",
				"wachttijd_weken", "wachttijd_gemeld_op"));
		for (var entry : entries) {
			var places = entry.locations().isEmpty() ? java.util.Collections.<ServiceEntry.Place>singletonList(null)
					: entry.locations();
			for (var place : places) {
				row(out, java.util.Arrays.asList(entry.id().toString(), entry.name(), entry.organizationName(),
						entry.description(), Integer.toString(entry.minAge()), Integer.toString(entry.maxAge()),
						entry.themes().stream().map(ServiceEntry.Theme::name).collect(Collectors.joining(", ")),
						place == null ? "" : place.name(), place == null ? "" : place.address(),
						place == null ? "" : place.postcode(), place == null ? "" : place.city(),
						place == null ? "" : place.district(), entry.phone(), entry.email(),
						entry.lastConfirmedOn().toString(),
						entry.waitingTime() == null ? "" : Integer.toString(entry.waitingTime().weeks()),
						entry.waitingTime() == null ? "" : entry.waitingTime().reportedOn().toString()));
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder out, List<String> cells) {
		out.append(cells.stream().map(HsdsExport::cell).collect(Collectors.joining(";"))).append("\r\n");
	}

	/** Quotes a cell when needed; a cell a spreadsheet would read as a formula gets a leading apostrophe. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		var text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9]+") ? "'" + value : value;
		return text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		var map = new LinkedHashMap<String, Object>();
		for (var i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
