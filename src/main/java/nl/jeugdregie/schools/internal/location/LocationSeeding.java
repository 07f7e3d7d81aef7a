package nl.jeugdregie.schools.internal.location;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.schools.SchoolLocationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: adds locations through the same rules as the form (so demo data cannot hold what a user could
 * not enter), without a user, because no user exists yet when the demo's locations are made.
 */
@Component
public class LocationSeeding {

	private final LocationRecords locations;
	private final Clock clock;

	LocationSeeding(LocationRecords locations, Clock clock) {
		this.locations = locations;
		this.clock = clock;
	}

	public boolean hasLocations(MunicipalityCode municipality) {
		return !locations.ofMunicipality(municipality).isEmpty();
	}

	@Transactional
	public void seed(MunicipalityCode municipality, List<LocationDraft> drafts) {
		for (var draft : drafts) {
			var refusals = LocationPolicy.location(draft, LocalDate.now(clock));
			if (!refusals.isEmpty()) {
				throw new IllegalArgumentException("Demo location refused: " + refusals);
			}
			locations.insert(draft.toLocation(SchoolLocationId.random(), municipality));
		}
	}
}
