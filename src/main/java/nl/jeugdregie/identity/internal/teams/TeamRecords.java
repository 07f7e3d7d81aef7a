package nl.jeugdregie.identity.internal.teams;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team table as the administration sees it; every query is scoped to one municipality. */
@Repository
class TeamRecords {

	private static final String SELECT = """
			select t.id, t.municipality_code, t.name, t.districts, t.active, t.version,
			       (select count(*) from app_user u
			        where u.team_id = t.id and u.enabled and (u.active_until is null or u.active_until >= ?)) as active_members
			from team t"""; // members who start later count as active: they will work in the team

	private final JdbcClient jdbc;
	private final Clock clock;

	TeamRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<ManagedTeam> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql(SELECT + " where t.municipality_code = ? order by t.active desc, lower(t.name)")
				.params(LocalDate.now(clock), municipality.value()).query(TeamRecords::team).list();
	}

	Optional<ManagedTeam> find(MunicipalityCode municipality, TeamId id) {
		return jdbc.sql(SELECT + " where t.municipality_code = ? and t.id = ?")
				.params(LocalDate.now(clock), municipality.value(), id.value()).query(TeamRecords::team).optional();
	}

	/** Locks the team row until the transaction ends, so no member joins while it is being deactivated. */
	Optional<ManagedTeam> lock(MunicipalityCode municipality, TeamId id) {
		return jdbc.sql(SELECT + " where t.municipality_code = ? and t.id = ? for update of t")
				.params(LocalDate.now(clock), municipality.value(), id.value()).query(TeamRecords::team).optional();
	}

	void insert(TeamId id, MunicipalityCode municipality, String name, List<String> districts) {
		jdbc.sql("insert into team (id, municipality_code, name, districts) values (?, ?, ?, ?)")
				.params(id.value(), municipality.value(), name, districts.toArray(String[]::new)).update();
	}

	/** Sets name, districts and active when the version still matches; false when someone changed it first. */
	boolean update(ManagedTeam team, long version, String name, List<String> districts, boolean active) {
		return jdbc.sql("""
				update team set name = ?, districts = ?, active = ?, version = version + 1
				where id = ? and municipality_code = ? and version = ?""")
				.params(name, districts.toArray(String[]::new), active, team.id().value(), team.municipality().value(),
						version)
				.update() == 1;
	}

	private static ManagedTeam team(ResultSet rs, int row) throws SQLException {
		Array districts = rs.getArray("districts");
		return new ManagedTeam(new TeamId(rs.getObject("id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), rs.getString("name"),
				districts == null ? List.of() : List.of((String[]) districts.getArray()), rs.getBoolean("active"),
				rs.getLong("version"), rs.getLong("active_members"));
	}
}
