package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The configured youth-care regions (MON-9, ADR 0018): which region a municipality belongs to, and its members. */
@Component
class RegionDirectory {

	/** A region and its members, ordered by name. */
	record Region(String code, String name, List<Member> members) {}

	record Member(String code, String name) {}

	private final JdbcClient jdbc;

	RegionDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Region> regionOf(String municipalityCode) {
		return jdbc.sql("""
				select r.code, r.name from monitoring_region r
				join monitoring_region_member m on m.region_code = r.code where m.municipality_code = ?""")
				.param(municipalityCode)
				.query((rs, n) -> new Region(rs.getString(1), rs.getString(2), members(rs.getString(1))))
				.optional();
	}

	private List<Member> members(String regionCode) {
		return jdbc.sql("""
				select municipality_code, municipality_name from monitoring_region_member where region_code = ?
				order by municipality_name, municipality_code""")
				.param(regionCode)
				.query((rs, n) -> new Member(rs.getString(1), rs.getString(2)))
				.list();
	}
}
