package nl.jeugdregie.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.Municipality;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Team;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcTeams implements Teams {

	private final JdbcClient jdbc;

	JdbcTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Team> find(TeamId id) {
		return jdbc.sql("select id, municipality_code, name from team where id = ?").param(id.value())
				.query(JdbcTeams::team).optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Team> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("select id, municipality_code, name from team where municipality_code = ? order by name")
				.param(municipality.value()).query(JdbcTeams::team).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Municipality> municipality(MunicipalityCode code) {
		return jdbc.sql("select code, name from municipality where code = ?").param(code.value())
				.query((rs, row) -> new Municipality(new MunicipalityCode(rs.getString("code")), rs.getString("name")))
				.optional();
	}

	@Override
	@Transactional
	public Municipality registerMunicipality(MunicipalityCode code, String name) {
		jdbc.sql("insert into municipality (code, name) values (?, ?) on conflict (code) do nothing")
				.params(code.value(), name).update();
		return municipality(code).orElseThrow();
	}

	@Override
	@Transactional
	public void joinRegion(MunicipalityCode municipality, String region) {
		jdbc.sql("update municipality set region_code = ? where code = ? and region_code is null "
						+ "and exists (select 1 from region where code = ?)")
				.params(region, municipality.value(), region).update();
	}

	@Override
	@Transactional
	public Team createTeam(MunicipalityCode municipality, String name) {
		var team = new Team(TeamId.random(), municipality, name);
		jdbc.sql("insert into team (id, municipality_code, name) values (?, ?, ?)")
				.params(team.id().value(), municipality.value(), name).update();
		return team;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Team> servingDistrict(MunicipalityCode municipality, String district) {
		return jdbc.sql("""
				select id, municipality_code, name from team
				where municipality_code = ? and active
				  and exists (select 1 from unnest(districts) d where lower(d) = lower(?))
				order by name limit 1""").params(municipality.value(), district.strip())
				.query(JdbcTeams::team).optional();
	}

	@Override
	@Transactional
	public void serveDistricts(TeamId team, List<String> districts) {
		jdbc.sql("update team set districts = ?, version = version + 1 where id = ?")
				.params(districts.toArray(String[]::new), team.value()).update();
	}

	private static Team team(ResultSet rs, int row) throws SQLException {
		return new Team(new TeamId(rs.getObject("id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), rs.getString("name"));
	}
}
