package nl.jeugdregie.schools.internal.location;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** Every rule a new location and a connection must pass; all refusals at once, so the form shows them together. */
final class LocationPolicy {

	private static final List<Policy<LocationDraft>> LOCATION = List.of(LocationDetailsComplete.NAME,
			BrinWellFormed.INSTITUTION, BrinWellFormed.LOCATION_NUMBER, LocationDetailsComplete.STREET,
			LocationDetailsComplete.HOUSE_NUMBER, new PostcodeWellFormed(), LocationDetailsComplete.CITY,
			LocationDetailsComplete.TYPE, LocationDetailsComplete.PUPILS);

	private LocationPolicy() {}

	static List<Refusal> location(LocationDraft draft, LocalDate today) {
		return Stream.concat(LOCATION.stream().map(rule -> rule.check(draft)).flatMap(Optional::stream),
				connection(draft.connection(), today).stream()).toList();
	}

	static List<Refusal> connection(ConnectionDraft draft, LocalDate today) {
		return Stream.of(ConnectionComplete.TYPE, ConnectionComplete.startKnown(today), new ExtraConnectionNeedsReason())
				.map(rule -> rule.check(draft)).flatMap(Optional::stream).toList();
	}
}
