package nl.jeugdregie.plans.internal.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.TodayItem;
import nl.jeugdregie.identity.WorkForToday;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page's household items (issue 13, item 3): MDOs due this week or overdue for the households the user
 * directs (PLAN-1, PLAN-5; the plan is evaluated at its MDO), and the team's young people turning 18 within the
 * horizon norm without a future plan (PLAN-4). Counts only.
 */
@Component
class PlansWorkForToday implements WorkForToday {

	private final JdbcClient jdbc;
	private final Norms norms;
	private final Clock clock;

	PlansWorkForToday(JdbcClient jdbc, Norms norms, Clock clock) {
		this.jdbc = jdbc;
		this.norms = norms;
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
		var meetings = jdbc.sql("""
				select count(*) from household h where h.case_director = :me
				  and (select m.next_meeting_on from plan_meeting m where m.household_id = h.id
				       order by m.held_on desc, m.recorded_at desc limit 1) < :weekEnd""")
				.param("me", user.username()).param("weekEnd", today.plusDays(7)).query(Long.class).single();
		var until = today.plus(norms.inEffect(user.municipality(), NormKey.FUTURE_PLAN_HORIZON, today).asPeriod());
		var turning18 = jdbc.sql("""
				select count(*) from household_member m join household h on h.id = m.household_id
				where h.team_id = ? and m.role = 'YOUNG_PERSON' and m.date_of_birth between ? and ?
				  and not exists (select 1 from future_plan p where p.member_id = m.id)""")
				.params(team.value(), today.minusYears(18), until.minusYears(18)).query(Long.class).single();
		return List.of(
				new TodayItem(13, Labels.text("text.plans.today.meetings.title"), meetings,
						Labels.text("text.plans.today.meetings.explanation"),
						"/gezinnen", meetings > 0),
				new TodayItem(15, Labels.text("text.plans.today.turning18.title"), turning18,
						Labels.text("text.plans.today.turning18.explanation"),
						"/toekomstplannen", turning18 > 0));
	}
}
