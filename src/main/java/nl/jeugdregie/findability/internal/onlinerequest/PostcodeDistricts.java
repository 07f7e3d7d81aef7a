package nl.jeugdregie.findability.internal.onlinerequest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * VIND-3: which district a postcode lies in, by the municipality's dated postcode ranges: of the ranges containing
 * the four digits, the one with the latest effective date on or before the day counts.
 */
@Repository
class PostcodeDistricts {

	/** One configured range. */
	record Range(long id, int from, int to, String district, LocalDate effectiveFrom) {}

	private final JdbcClient jdbc;

	PostcodeDistricts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> districtOf(MunicipalityCode municipality, int area, LocalDate on) {
		return jdbc.sql("""
				select district from findability_postcode_range
				where municipality_code = ? and ? between postcode_from and postcode_to and effective_from <= ?
				order by effective_from desc, id desc limit 1""")
				.params(municipality.value(), area, on).query(String.class).optional();
	}

	List<Range> of(MunicipalityCode municipality) {
		return jdbc.sql("""
				select id, postcode_from, postcode_to, district, effective_from from findability_postcode_range
				where municipality_code = ? order by postcode_from, effective_from""").param(municipality.value())
				.query((rs, row) -> new Range(rs.getLong("id"), rs.getInt("postcode_from"), rs.getInt("postcode_to"),
						rs.getString("district"), rs.getObject("effective_from", LocalDate.class)))
				.list();
	}

	void add(MunicipalityCode municipality, PostcodeRange range, String by, Instant at) {
		jdbc.sql("""
				insert into findability_postcode_range (municipality_code, postcode_from, postcode_to, district,
				    effective_from, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(municipality.value(), range.from(), range.to(), range.district(), range.effectiveFrom(), by,
						Timestamp.from(at))
				.update();
	}
}
