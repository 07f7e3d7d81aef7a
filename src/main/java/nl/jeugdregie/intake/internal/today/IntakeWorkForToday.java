package nl.jeugdregie.intake.internal.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.StaffNames;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.TodayItem;
import nl.jeugdregie.identity.WorkForToday;
import nl.jeugdregie.intake.internal.lifecycle.JdbcHelpRequests;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page's help-request items (issue 13, item 3). For a case worker: their own requests past or near their
 * norm, the team's waiting contacts that are due (TOE-6) and safety plans due for review (TOE-14). For a team lead
 * first: the team's unassigned requests, overdue requests per professional and each professional's caseload. Counts
 * only, each linking to the list that shows them; the handler is as on the lists (assigned to, else started by).
 */
@Component
class IntakeWorkForToday implements WorkForToday {

	private static final String HANDLER = "coalesce(assigned_to, treatment_started_by)";
	private static final String NORM_DEADLINE = """
			(case state when 'AWAITING_TREATMENT' then treatment_deadline when 'AWAITING_APPLICATION' then application_due
			 when 'APPLICATION_MADE' then lead_time_deadline end)""";

	private final JdbcClient jdbc;
	private final JdbcHelpRequests requests;
	private final StaffNames names;
	private final Clock clock;

	IntakeWorkForToday(JdbcClient jdbc, JdbcHelpRequests requests, StaffNames names, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.names = names;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TodayItem> itemsFor(CurrentUser user) {
		var team = user.team();
		if (team == null || !user.role().worksOnCases()) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		var items = new ArrayList<TodayItem>();
		var mine = jdbc.sql("select count(*) filter (where " + NORM_DEADLINE + " < :today), count(*) filter (where "
						+ NORM_DEADLINE + " >= :today and " + NORM_DEADLINE + " < :weekEnd), count(*) from help_request "
						+ "where team_id = :team and state <> 'CLOSED' and " + HANDLER + " = :me")
				.param("today", today).param("weekEnd", today.plusDays(7)).param("team", team.value())
				.param("me", user.username())
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
		items.add(new TodayItem(10, Labels.text("text.intake.today.mineOverdue.title"), mine[0],
				Labels.text("text.intake.today.mineOverdue.explanation"),
				"/hulpvragen?wie=mij&norm=overschreden&sorteer=termijn", mine[0] > 0));
		items.add(new TodayItem(11, Labels.text("text.intake.today.mineThisWeek.title"), mine[1],
				Labels.text("text.intake.today.mineThisWeek.explanation"), "/hulpvragen?wie=mij&norm=deze-week&sorteer=termijn",
				false));
		contacts(team, today, items);
		var reviews = jdbc.sql("""
				select count(*) from help_request h where h.team_id = :team and h.state <> 'CLOSED'
				  and (select p.review_on from safety_plan p where p.help_request_id = h.id order by p.id desc limit 1) < :weekEnd""")
				.param("team", team.value()).param("weekEnd", today.plusDays(7)).query(Long.class).single();
		items.add(new TodayItem(14, Labels.text("text.intake.today.safetyReviews.title"), reviews,
				Labels.text("text.intake.today.safetyReviews.explanation"),
				"/werklijst", reviews > 0));
		if (user.role() == Role.TEAM_LEAD) {
			teamLead(team, today, items);
		}
		return items;
	}

	/** TOE-6: waiting requests past the term without a contact agreement, and agreed contacts that are due. */
	private void contacts(TeamId team, LocalDate today, List<TodayItem> items) {
		// Counted by the database: a team's whole waiting list is never loaded for two numbers (issue 19).
		var contacts = requests.contactsDue(team, today);
		var due = contacts.due();
		var without = contacts.withoutAgreement();
		items.add(new TodayItem(12, Labels.text("text.intake.today.contacts.title"), due + without,
				Labels.text("text.intake.today.contacts.summary", due, without),
				"/werklijst?norm=overschreden&status=wacht", due + without > 0));
	}

	private void teamLead(TeamId team, LocalDate today, List<TodayItem> items) {
		var unassigned = jdbc.sql("select count(*) from help_request where team_id = ? and state <> 'CLOSED' and "
				+ HANDLER + " is null").param(team.value()).query(Long.class).single();
		items.add(new TodayItem(5, Labels.text("text.intake.today.unassigned.title"), unassigned,
				Labels.text("text.intake.today.unassigned.explanation"), "/werklijst?wie=niemand", unassigned > 0));
		var overdue = new ArrayList<TodayItem.Line>();
		var caseload = new ArrayList<TodayItem.Line>();
		long overdueTotal = 0;
		long open = 0;
		for (var row : jdbc.sql("select " + HANDLER + ", count(*) filter (where " + NORM_DEADLINE + " < :today), count(*) "
						+ "from help_request where team_id = :team and state <> 'CLOSED' and " + HANDLER
						+ " is not null group by 1 order by 2 desc, 3 desc")
				.param("today", today).param("team", team.value())
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3) }).list()) {
			var name = names.of((String) row[0]);
			if ((long) row[1] > 0) {
				overdue.add(new TodayItem.Line(name, (long) row[1]));
			}
			caseload.add(new TodayItem.Line(name, (long) row[2]));
			overdueTotal += (long) row[1];
			open += (long) row[2];
		}
		items.add(new TodayItem(6, Labels.text("text.intake.today.overdueByProfessional.title"), overdueTotal,
				Labels.text("text.intake.today.overdueByProfessional.explanation"),
				"/werklijst?norm=overschreden&sorteer=termijn", overdueTotal > 0, overdue));
		items.add(new TodayItem(7, Labels.text("text.intake.today.caseload.title"), open,
				Labels.text("text.intake.today.caseload.explanation"), "/team", false,
				caseload));
	}
}
