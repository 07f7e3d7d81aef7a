package nl.jeugdregie.intake.internal.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the lists (issue 13): one page of a team's request ids in the chosen order, the total, and the counts
 * behind the quick filters. The handler of a request is whom it is assigned to, else who started its treatment
 * (ADR 0032); "unassigned" is a request with neither.
 */
@Repository
class RequestListing {

	static final String HANDLER = "coalesce(assigned_to, treatment_started_by)";
	/** The running norm's deadline in the request's state (TOE-5, TOE-7, TOE-8); none while treated at the CJG. */
	static final String NORM_DEADLINE = """
			(case state when 'AWAITING_TREATMENT' then treatment_deadline when 'AWAITING_APPLICATION' then application_due
			 when 'APPLICATION_MADE' then lead_time_deadline end)""";

	private final JdbcClient jdbc;

	RequestListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The quick filters' counts over the team's open requests. */
	public record Counts(long open, long crises, long overdue, long dueThisWeek, long unassigned, long mine) {}

	List<HelpRequestId> page(TeamId team, String username, ListFilter filter, LocalDate today) {
		return jdbc.sql("select id from help_request where " + where(filter) + " order by " + order(filter.sort())
						+ " limit :size offset :offset")
				.param("team", team.value()).param("me", username).param("today", today)
				.param("weekEnd", today.plusDays(7)).param("size", filter.size()).param("offset", filter.offset())
				.query((rs, n) -> new HelpRequestId(rs.getObject(1, UUID.class))).list();
	}

	long total(TeamId team, String username, ListFilter filter, LocalDate today) {
		return jdbc.sql("select count(*) from help_request where " + where(filter))
				.param("team", team.value()).param("me", username).param("today", today)
				.param("weekEnd", today.plusDays(7)).query(Long.class).single();
	}

	Counts counts(TeamId team, String username, LocalDate today) {
		return jdbc.sql("select count(*), count(*) filter (where crisis <> 'NONE' and state = 'AWAITING_TREATMENT'), "
						+ "count(*) filter (where " + NORM_DEADLINE + " < :today), "
						+ "count(*) filter (where " + NORM_DEADLINE + " >= :today and " + NORM_DEADLINE + " < :weekEnd), "
						+ "count(*) filter (where " + HANDLER + " is null), count(*) filter (where " + HANDLER + " = :me) "
						+ "from help_request where team_id = :team and state <> 'CLOSED'")
				.param("team", team.value()).param("me", username).param("today", today)
				.param("weekEnd", today.plusDays(7))
				.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6)))
				.single();
	}

	private static String where(ListFilter filter) {
		var where = new StringBuilder("team_id = :team");
		where.append(switch (filter.scope()) {
			case TEAM -> "";
			case MINE -> " and " + HANDLER + " = :me";
			case UNASSIGNED -> " and " + HANDLER + " is null";
		});
		where.append(switch (filter.state()) {
			case OPEN -> " and state <> 'CLOSED'";
			case WAITING -> " and state = 'AWAITING_TREATMENT'";
			case IN_TREATMENT -> " and state in ('IN_TRIAGE', 'IN_CJG_TREATMENT')";
			case ROUTE -> " and state in ('AWAITING_APPLICATION', 'APPLICATION_MADE')";
			case CLOSED -> " and state = 'CLOSED'";
			case ALL -> "";
		});
		where.append(switch (filter.norm()) {
			case ANY -> "";
			case OVERDUE -> " and " + NORM_DEADLINE + " < :today";
			case DUE_THIS_WEEK -> " and " + NORM_DEADLINE + " >= :today and " + NORM_DEADLINE + " < :weekEnd";
			case WITHIN -> " and " + NORM_DEADLINE + " >= :weekEnd";
		});
		if (filter.crisisOnly()) {
			where.append(" and crisis <> 'NONE'");
		}
		return where.toString();
	}

	private static String order(ListFilter.SortOrder sort) {
		return switch (sort) {
			case URGENCY -> "state = 'CLOSED', crisis = 'NONE' or state <> 'AWAITING_TREATMENT', " + NORM_DEADLINE
					+ " nulls last, registered_at, id";
			case DEADLINE -> NORM_DEADLINE + " nulls last, registered_at, id";
			case NEWEST -> "registered_at desc, id";
			case OLDEST -> "registered_at, id";
			case NAME -> "family_name, given_name, registered_at, id";
			case NUMBER -> "number, id";
		};
	}
}
