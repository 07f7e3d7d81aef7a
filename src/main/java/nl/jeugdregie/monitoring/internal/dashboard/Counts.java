package nl.jeugdregie.monitoring.internal.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;

/**
 * The summed measures of the monthly aggregate (see {@code ReadModelSql}) for a month or a period: every count as
 * a {@link Tally} with the key sum of its requests (SEC-2, ADR 0021), the day sums as plain numbers.
 */
public record Counts(Tally registrations, Tally crisis, Tally fromVeiligThuis, Tally repeats, Tally started,
		long waitingDaysSum, Tally startedLate, Tally overMaxConversations, Tally triageCjg, Tally triageSocialTeam,
		Tally triagePrecedingField, Tally triageSpecialised, Tally triageNoCare, Tally applications, Tally routesEnded,
		long routeDaysSum, Tally routesLate, Tally closed, long leadDaysSum) {

	static final Counts NONE = new Counts(Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, 0, Tally.NONE,
			Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, 0,
			Tally.NONE, Tally.NONE, 0);

	static Counts of(ResultSet rs) throws SQLException {
		return new Counts(tally(rs, "registrations"), tally(rs, "crisis"), tally(rs, "from_veilig_thuis"),
				tally(rs, "repeats"), tally(rs, "started"), rs.getLong("waiting_days_sum"), tally(rs, "started_late"),
				tally(rs, "over_max_conversations"), tally(rs, "triage_cjg"), tally(rs, "triage_social_team"),
				tally(rs, "triage_preceding_field"), tally(rs, "triage_specialised"), tally(rs, "triage_no_care"),
				tally(rs, "applications"), tally(rs, "routes_ended"), rs.getLong("route_days_sum"),
				tally(rs, "routes_late"), tally(rs, "closed"), rs.getLong("lead_days_sum"));
	}

	private static Tally tally(ResultSet rs, String column) throws SQLException {
		return new Tally(rs.getLong(column), rs.getLong(column + "_key"));
	}

	Counts plus(Counts o) {
		return new Counts(registrations.plus(o.registrations), crisis.plus(o.crisis),
				fromVeiligThuis.plus(o.fromVeiligThuis), repeats.plus(o.repeats), started.plus(o.started),
				waitingDaysSum + o.waitingDaysSum, startedLate.plus(o.startedLate),
				overMaxConversations.plus(o.overMaxConversations), triageCjg.plus(o.triageCjg),
				triageSocialTeam.plus(o.triageSocialTeam), triagePrecedingField.plus(o.triagePrecedingField),
				triageSpecialised.plus(o.triageSpecialised), triageNoCare.plus(o.triageNoCare),
				applications.plus(o.applications), routesEnded.plus(o.routesEnded), routeDaysSum + o.routeDaysSum,
				routesLate.plus(o.routesLate), closed.plus(o.closed), leadDaysSum + o.leadDaysSum);
	}

	/** The requests with a triage outcome: the five outcomes together. */
	public Tally triaged() {
		return triageCjg.plus(triageSocialTeam).plus(triagePrecedingField).plus(triageSpecialised).plus(triageNoCare);
	}
}
