package nl.jeugdregie.schools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.internal.location.ConnectionDraft;
import nl.jeugdregie.schools.internal.location.LocationDraft;
import nl.jeugdregie.schools.internal.location.LocationService;
import nl.jeugdregie.schools.internal.location.SchoolLocation;

/** Makes school locations for a test's own municipality through the service, as a user would. */
final class SchoolsTestData {

	private SchoolsTestData() {}

	static SchoolLocation location(LocationService service, CurrentUser keeper, int number, SchoolType type,
			ConnectionDraft connection) {
		var brin = String.format("%02d", 10 + number / 26) + (char) ('A' + number % 26) + "X";
		var outcome = service.create(keeper, new LocationDraft("School " + number + " (test)", brin, "00", "Teststraat",
				String.valueOf(number + 1), "5341AB", "Oss", type, 100 + number, connection));
		if (outcome instanceof Outcome.Done<SchoolLocation>(var location)) {
			return location;
		}
		throw new IllegalStateException("Test location refused: " + outcome);
	}

	static ConnectionDraft basis(LocalDate since) {
		return new ConnectionDraft(ConnectionType.BASIS, since, null, false);
	}

	static ConnectionDraft extra(LocalDate since, boolean realised) {
		return new ConnectionDraft(ConnectionType.EXTRA, since, "Bovengemiddeld veel hulpvragen", realised);
	}

	/** The council letter's figures (seed 002): 47 locations, 12 "extra" of which 11 realised, 35 "basis". */
	static List<SchoolLocation> theLettersFigures(LocationService service, CurrentUser keeper, LocalDate since) {
		var locations = new ArrayList<SchoolLocation>();
		for (var i = 0; i < 47; i++) {
			var type = i < 38 ? SchoolType.PRIMARY : SchoolType.SECONDARY;
			locations.add(location(service, keeper, i, type, i % 4 == 0 ? extra(since, i != 44) : basis(since)));
		}
		return locations;
	}
}
