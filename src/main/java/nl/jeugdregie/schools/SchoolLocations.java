package nl.jeugdregie.schools;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;

/** The municipality's school locations, for modules that name a school (intake: a help request referred by one). */
public interface SchoolLocations {

	/** The municipality's locations, by name. */
	List<SchoolLocationSummary> of(MunicipalityCode municipality);

	/** The location when it belongs to the municipality; empty otherwise (also when it belongs to another one). */
	Optional<SchoolLocationSummary> find(MunicipalityCode municipality, SchoolLocationId id);

	/** The letter's figures of the municipality today: locations, "extra" agreed and realised, "basis". */
	ConnectionFigures connectionFigures(MunicipalityCode municipality);
}
