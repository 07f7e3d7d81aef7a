package nl.jeugdregie.monitoring.internal.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The summed measures of the monthly aggregate (see {@code ReadModelSql}) for a month or a period. */
public record Counts(long registrations, long crisis, long fromVeiligThuis, long repeats, long started,
		long waitingDaysSum, long startedLate, long overMaxConversations, long triageCjg, long triageSocialTeam,
		long triagePrecedingField, long triageSpecialised, long triageNoCare, long applications, long routesEnded,
		long routeDaysSum, long routesLate, long closed, long leadDaysSum) {

	static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	static Counts of(ResultSet rs) throws SQLException {
		return new Counts(rs.getLong("registrations"), rs.getLong("crisis"), rs.getLong("from_veilig_thuis"),
				rs.getLong("repeats"), rs.getLong("started"), rs.getLong("waiting_days_sum"), rs.getLong("started_late"),
				rs.getLong("over_max_conversations"), rs.getLong("triage_cjg"), rs.getLong("triage_social_team"),
				rs.getLong("triage_preceding_field"), rs.getLong("triage_specialised"), rs.getLong("triage_no_care"),
				rs.getLong("applications"), rs.getLong("routes_ended"), rs.getLong("route_days_sum"),
				rs.getLong("routes_late"), rs.getLong("closed"), rs.getLong("lead_days_sum"));
	}

	Counts plus(Counts o) {
		return new Counts(registrations + o.registrations, crisis + o.crisis, fromVeiligThuis + o.fromVeiligThuis,
				repeats + o.repeats, started + o.started, waitingDaysSum + o.waitingDaysSum,
				startedLate + o.startedLate, overMaxConversations + o.overMaxConversations, triageCjg + o.triageCjg,
				triageSocialTeam + o.triageSocialTeam, triagePrecedingField + o.triagePrecedingField,
				triageSpecialised + o.triageSpecialised, triageNoCare + o.triageNoCare,
				applications + o.applications, routesEnded + o.routesEnded, routeDaysSum + o.routeDaysSum,
				routesLate + o.routesLate, closed + o.closed, leadDaysSum + o.leadDaysSum);
	}

	public long triaged() {
		return triageCjg + triageSocialTeam + triagePrecedingField + triageSpecialised + triageNoCare;
	}
}
