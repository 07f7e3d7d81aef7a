package nl.jeugdregie.intake.internal.team;

import nl.jeugdregie.identity.OpenTeamWork;
import nl.jeugdregie.identity.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issue 14: a team with help requests that are not closed cannot be deactivated; tells identity how many. */
@Component
class OpenHelpRequestsOfTeam implements OpenTeamWork {

	private final JdbcClient jdbc;

	OpenHelpRequestsOfTeam(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long openCount(TeamId team) {
		return jdbc.sql("select count(*) from help_request where team_id = ? and state <> 'CLOSED'").param(team.value())
				.query(Long.class).single();
	}

	@Override
	public String describe(long count) {
		return count == 1 ? "1 open hulpvraag" : count + " open hulpvragen";
	}
}
