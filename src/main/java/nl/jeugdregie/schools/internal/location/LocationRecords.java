package nl.jeugdregie.schools.internal.location;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.schools.SchoolLocationId;
import nl.jeugdregie.schools.SchoolType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code school_location} table. Every query names the municipality, so no location leaks to another one. */
@Repository
public class LocationRecords {

	private static final String COLUMNS = "id, municipality_code, brin, location_number, name, street, house_number, "
			+ "postcode, city, school_type, pupils, connection_type, connection_since, extra_reason, extra_realised, "
			+ "ocp_username, stand_in_username, version";

	private final JdbcClient jdbc;

	LocationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SchoolLocation> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("select " + COLUMNS + " from school_location where municipality_code = ? order by name, brin, location_number")
				.param(municipality.value()).query(LocationRecords::map).list();
	}

	public Optional<SchoolLocation> find(MunicipalityCode municipality, SchoolLocationId id) {
		return jdbc.sql("select " + COLUMNS + " from school_location where municipality_code = ? and id = ?")
				.params(municipality.value(), id.value()).query(LocationRecords::map).optional();
	}

	/** The location locked for a change (select … for update). */
	public Optional<SchoolLocation> claim(MunicipalityCode municipality, SchoolLocationId id) {
		return jdbc.sql("select " + COLUMNS + " from school_location where municipality_code = ? and id = ? for update")
				.params(municipality.value(), id.value()).query(LocationRecords::map).optional();
	}

	Optional<SchoolLocation> findByCode(MunicipalityCode municipality, Brin brin) {
		return jdbc.sql("select " + COLUMNS + " from school_location where municipality_code = ? and brin = ? and location_number = ?")
				.params(municipality.value(), brin.institution(), brin.locationNumber()).query(LocationRecords::map).optional();
	}

	void insert(SchoolLocation location) {
		var connection = location.connection();
		jdbc.sql("insert into school_location (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
				.params(location.id().value(), location.municipality().value(), location.brin().institution(),
						location.brin().locationNumber(), location.name(), location.street(), location.houseNumber(),
						location.postcode().value(), location.city(), location.type().name(), location.pupils(),
						connection.type().name(), connection.since(), reason(connection), realised(connection),
						location.ocp(), location.standIn())
				.update();
	}

	/** The register's details of an imported location; its connection and contact persons stay as they are. */
	void updateDetails(SchoolLocationId id, String name, String street, String houseNumber, Postcode postcode, String city,
			SchoolType type, int pupils) {
		jdbc.sql("""
				update school_location set name = ?, street = ?, house_number = ?, postcode = ?, city = ?, school_type = ?,
				pupils = ?, version = version + 1 where id = ?""")
				.params(name, street, houseNumber, postcode.value(), city, type.name(), pupils, id.value()).update();
	}

	void changeConnection(SchoolLocationId id, Connection connection) {
		jdbc.sql("""
				update school_location set connection_type = ?, connection_since = ?, extra_reason = ?, extra_realised = ?,
				version = version + 1 where id = ?""")
				.params(connection.type().name(), connection.since(), reason(connection), realised(connection), id.value())
				.update();
	}

	public void changeContactPersons(SchoolLocationId id, @Nullable String ocp, @Nullable String standIn) {
		jdbc.sql("update school_location set ocp_username = ?, stand_in_username = ?, version = version + 1 where id = ?")
				.params(ocp, standIn, id.value()).update();
	}

	private static @Nullable String reason(Connection connection) {
		return switch (connection) {
			case Connection.Basis b -> null;
			case Connection.Extra e -> e.reason();
		};
	}

	private static @Nullable Boolean realised(Connection connection) {
		return switch (connection) {
			case Connection.Basis b -> null;
			case Connection.Extra e -> e.realised();
		};
	}

	static SchoolLocation map(ResultSet rs, int row) throws SQLException {
		var since = rs.getObject("connection_since", java.time.LocalDate.class);
		Connection connection = "EXTRA".equals(rs.getString("connection_type"))
				? new Connection.Extra(since, rs.getString("extra_reason"), rs.getBoolean("extra_realised"))
				: new Connection.Basis(since);
		return new SchoolLocation(new SchoolLocationId(rs.getObject("id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")),
				new Brin(rs.getString("brin"), rs.getString("location_number")), rs.getString("name"),
				rs.getString("street"), rs.getString("house_number"), new Postcode(rs.getString("postcode")),
				rs.getString("city"), SchoolType.valueOf(rs.getString("school_type")), rs.getInt("pupils"), connection,
				rs.getString("ocp_username"), rs.getString("stand_in_username"), rs.getLong("version"));
	}
}
