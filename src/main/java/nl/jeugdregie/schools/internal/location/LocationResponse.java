package nl.jeugdregie.schools.internal.location;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import org.jspecify.annotations.Nullable;

/** A location in the API. */
@Schema(requiredProperties = { "id", "name", "brin", "locationNumber", "type", "pupils", "connection", "version" })
public record LocationResponse(UUID id, String name, String brin, String locationNumber, String street,
		String houseNumber, String postcode, String city, SchoolType type, int pupils, ConnectionResponse connection,
		@Nullable String ocp, @Nullable String standIn, long version) {

	/** The connection: type, since, and for "extra" the reason and whether it is realised. */
	public record ConnectionResponse(ConnectionType type, LocalDate since, @Nullable String reason, boolean realised) {}

	public static LocationResponse of(SchoolLocation location) {
		var connection = switch (location.connection()) {
			case Connection.Basis b -> new ConnectionResponse(ConnectionType.BASIS, b.since(), null, true);
			case Connection.Extra e -> new ConnectionResponse(ConnectionType.EXTRA, e.since(), e.reason(), e.realised());
		};
		return new LocationResponse(location.id().value(), location.name(), location.brin().institution(),
				location.brin().locationNumber(), location.street(), location.houseNumber(), location.postcode().value(),
				location.city(), location.type(), location.pupils(), connection, location.ocp(), location.standIn(),
				location.version());
	}
}
