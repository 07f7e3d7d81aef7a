package nl.jeugdregie.schools;

import nl.jeugdregie.identity.MunicipalityCode;

/**
 * What other modules may know of a location: no contact persons, no figures.
 *
 * @param code BRIN and location number, e.g. {@code 12AB00}
 */
public record SchoolLocationSummary(SchoolLocationId id, MunicipalityCode municipality, String name, String code,
		SchoolType type, ConnectionType connection) {

	/** Name and code, as a list shows it. */
	public String label() {
		return name + " (" + code + ")";
	}
}
