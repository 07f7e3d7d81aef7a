package nl.jeugdregie.schools.internal.location;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolLocationSummary;
import nl.jeugdregie.schools.SchoolLocations;
import nl.jeugdregie.schools.internal.SchoolRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OND-1, OND-3: the municipality's school locations and their connection. Everything within the user's
 * municipality: another municipality's location is not found. A refused change saves nothing.
 */
@Service
public class LocationService implements SchoolLocations {

	private final LocationRecords locations;
	private final Clock clock;

	LocationService(LocationRecords locations, Clock clock) {
		this.locations = locations;
		this.clock = clock;
	}

	/** What an import did. */
	public record Imported(int added, int updated) {}

	@Override
	public List<SchoolLocationSummary> of(MunicipalityCode municipality) {
		return locations.ofMunicipality(municipality).stream().map(SchoolLocation::summary).toList();
	}

	@Override
	public nl.jeugdregie.schools.ConnectionFigures connectionFigures(MunicipalityCode municipality) {
		var all = locations.ofMunicipality(municipality);
		var extra = all.stream().filter(l -> l.connection().type() == nl.jeugdregie.schools.ConnectionType.EXTRA).toList();
		return new nl.jeugdregie.schools.ConnectionFigures(all.size(), extra.size(),
				(int) extra.stream().filter(l -> l.connection().realised()).count(), all.size() - extra.size());
	}

	@Override
	public Optional<SchoolLocationSummary> find(MunicipalityCode municipality, SchoolLocationId id) {
		return locations.find(municipality, id).map(SchoolLocation::summary);
	}

	public Outcome<List<SchoolLocation>> list(CurrentUser user) {
		return SchoolRoles.READ.allows(user) ? Outcome.done(locations.ofMunicipality(user.municipality()))
				: Outcome.forbidden(SchoolRoles.FORBIDDEN);
	}

	public Outcome<SchoolLocation> location(CurrentUser user, SchoolLocationId id) {
		if (!SchoolRoles.READ.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		return locations.find(user.municipality(), id).<Outcome<SchoolLocation>>map(Outcome::done)
				.orElseGet(Outcome::notFound);
	}

	@Transactional
	public Outcome<SchoolLocation> create(CurrentUser user, LocationDraft draft) {
		if (!SchoolRoles.KEEP_LOCATIONS.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var refusals = LocationPolicy.location(draft, today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var location = draft.toLocation(SchoolLocationId.random(), user.municipality());
		if (locations.findByCode(user.municipality(), location.brin()).isPresent()) {
			return Outcome.refused(Refusal.of("brin", "schools.location.duplicate", location.brin().code()));
		}
		locations.insert(location);
		return Outcome.done(location);
	}

	@Transactional
	public Outcome<SchoolLocation> changeConnection(CurrentUser user, SchoolLocationId id, long version,
			ConnectionDraft draft) {
		if (!SchoolRoles.KEEP_LOCATIONS.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var found = locations.claim(user.municipality(), id);
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = LocationPolicy.connection(draft, today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		if (found.get().version() != version) {
			return Outcome.stale(found.get().version());
		}
		locations.changeConnection(id, draft.toConnection());
		return Outcome.done(locations.find(user.municipality(), id).orElseThrow());
	}

	/**
	 * Imports DUO's location file: new codes are added with a "basis" connection from today, known codes get the
	 * register's name, address, type and pupils (their connection and contact persons stay). All or nothing.
	 */
	@Transactional
	public Outcome<Imported> importCsv(CurrentUser user, String text) {
		if (!SchoolRoles.KEEP_LOCATIONS.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var parsed = DuoLocationsCsv.parse(text, today());
		if (!parsed.refusals().isEmpty()) {
			return Outcome.refused(parsed.refusals());
		}
		var seen = new java.util.HashSet<String>();
		var duplicates = parsed.rows().stream()
				.filter(row -> !seen.add(row.draft().toLocation(SchoolLocationId.random(), user.municipality()).brin().code()))
				.map(row -> Refusal.of("file", "schools.import.duplicate", row.line()))
				.toList();
		if (!duplicates.isEmpty()) {
			return Outcome.refused(duplicates);
		}
		int added = 0;
		int updated = 0;
		for (var row : parsed.rows()) {
			var location = row.draft().toLocation(SchoolLocationId.random(), user.municipality());
			var known = locations.findByCode(user.municipality(), location.brin());
			if (known.isPresent()) {
				locations.updateDetails(known.get().id(), location.name(), location.street(), location.houseNumber(),
						location.postcode(), location.city(), location.type(), location.pupils());
				updated++;
			}
			else {
				locations.insert(location);
				added++;
			}
		}
		return Outcome.done(new Imported(added, updated));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}
}
