package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.schools.internal.location.Connection;
import nl.jeugdregie.schools.internal.location.SchoolLocation;

/**
 * OND-2: judges a location against the presence norms in force: enough contacts of any kind in the norm's period for
 * its type, and for a realised "extra" connection enough contacts on site. A location whose connection began within
 * the period is not judged yet on it.
 */
final class PresenceRule {

	/** One contact that counts: its day and kind. */
	record Contact(LocalDate date, ContactKind kind) {}

	private PresenceRule() {}

	static List<String> shortfalls(SchoolLocation location, Map<NormSubject, PresenceNorm> norms, List<Contact> contacts,
			LocalDate today) {
		var shortfalls = new ArrayList<String>();
		var typeNorm = norms.get(NormSubject.of(location.type()));
		if (typeNorm != null) {
			judge(typeNorm, location, contacts, today, false).ifPresent(shortfalls::add);
		}
		var extraNorm = norms.get(NormSubject.EXTRA_ON_SITE);
		var extraRealised = switch (location.connection()) {
			case Connection.Basis b -> false;
			case Connection.Extra e -> e.realised();
		};
		if (extraNorm != null && extraRealised) {
			judge(extraNorm, location, contacts, today, true).ifPresent(shortfalls::add);
		}
		return shortfalls;
	}

	private static java.util.Optional<String> judge(PresenceNorm norm, SchoolLocation location, List<Contact> contacts,
			LocalDate today, boolean onSiteOnly) {
		var first = norm.period().firstDay(today);
		if (location.connection().since().isAfter(first)) {
			return java.util.Optional.empty();
		}
		var counted = contacts.stream()
				.filter(contact -> !contact.date().isBefore(first) && !contact.date().isAfter(today))
				.filter(contact -> !onSiteOnly || contact.kind() == ContactKind.ON_SITE)
				.count();
		if (counted >= norm.minimum()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of((onSiteOnly ? "Aanwezigheid op locatie (extra aansluiting): " : "Contact: ")
				+ counted + " keer " + norm.period().pastText() + ", norm " + norm.dutchText());
	}
}
