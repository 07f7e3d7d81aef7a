package nl.jeugdregie.schools.internal.location;

import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolLocationSummary;
import nl.jeugdregie.schools.SchoolType;
import org.jspecify.annotations.Nullable;

/** A school or childcare location with its connection and contact persons (usernames of CJG staff). */
public record SchoolLocation(SchoolLocationId id, MunicipalityCode municipality, Brin brin, String name, String street,
		String houseNumber, Postcode postcode, String city, SchoolType type, int pupils, Connection connection,
		@Nullable String ocp, @Nullable String standIn, long version) {

	public SchoolLocationSummary summary() {
		return new SchoolLocationSummary(id, municipality, name, brin.code(), type, connection.type());
	}

	public String address() {
		return street + " " + houseNumber + ", " + postcode.written() + " " + city;
	}
}
