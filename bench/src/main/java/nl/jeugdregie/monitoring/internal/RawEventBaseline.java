package nl.jeugdregie.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's baseline: the dashboard's figures computed by hand-written SQL straight from the raw event rows
 * (as one would without read models), with the event table's own indexes. Per registration month: registrations,
 * crisis, Veilig Thuis, started, median and 90th percentile waiting days, started late, over the maximum of
 * conversations, triage outcomes, routes ended late; plus the waiting list on the reference date.
 */
final class RawEventBaseline {

	private RawEventBaseline() {}

	static List<Map<String, Object>> figures(JdbcClient jdbc, DashboardScope scope) {
		var params = new HashMap<String, Object>();
		params.put("from", scope.from().atDay(1));
		params.put("to", scope.to().atEndOfMonth());
		var filter = new StringBuilder();
		if (scope.municipality() != null) {
			filter.append(" and r.municipality_code = :municipality");
			params.put("municipality", scope.municipality());
		}
		if (scope.referrer() != null) {
			filter.append(" and r.referrer = :referrer");
			params.put("referrer", scope.referrer().name());
		}
		var rows = jdbc.sql("""
				with requests as (
				    select r.help_request_id, r.occurred_on registered_on, r.treatment_deadline, r.crisis, r.referrer,
				           r.max_conversations,
				           (select min(s.occurred_on) from monitoring_event s
				             where s.help_request_id = r.help_request_id and s.kind = 'TREATMENT_STARTED') started_on,
				           (select max(c.number) from monitoring_event c
				             where c.help_request_id = r.help_request_id and c.kind = 'CONVERSATION') conversations,
				           (select t.outcome from monitoring_event t where t.help_request_id = r.help_request_id
				             and t.kind = 'TRANSITIONED' and t.state <> 'CLOSED' and t.outcome is not null
				             order by t.occurred_on limit 1) triage,
				           (select a.deadline from monitoring_event a where a.help_request_id = r.help_request_id
				             and a.kind = 'TRANSITIONED' and a.state = 'APPLICATION_MADE' limit 1) route_deadline,
				           (select max(e.occurred_on) from monitoring_event e where e.help_request_id = r.help_request_id
				             and e.kind = 'TRANSITIONED' and e.state = 'CLOSED') closed_on
				    from monitoring_event r
				    where r.kind = 'REGISTERED' and r.occurred_on between :from and :to %s)
				select date_trunc('month', registered_on) as month, count(*) registrations,
				       count(*) filter (where crisis <> 'NONE') crisis,
				       count(*) filter (where referrer = 'VEILIG_THUIS') veilig_thuis,
				       count(started_on) started,
				       percentile_disc(0.5) within group (order by started_on - registered_on) median_wait,
				       percentile_disc(0.9) within group (order by started_on - registered_on) p90_wait,
				       count(*) filter (where started_on > treatment_deadline) started_late,
				       count(*) filter (where conversations > max_conversations) over_max,
				       count(*) filter (where triage = 'CJG_TREATMENT') triage_cjg,
				       count(*) filter (where triage = 'SPECIALISED_CARE') triage_specialised,
				       count(*) filter (where closed_on > route_deadline) routes_late
				from requests group by 1 order by 1""".formatted(filter))
				.params(params).query().listOfRows();
		var waiting = new StringBuilder("""
				select count(*) from monitoring_event r where r.kind = 'REGISTERED' and r.treatment_deadline < :today
				and not exists (select 1 from monitoring_event s where s.help_request_id = r.help_request_id
				                and (s.kind = 'TREATMENT_STARTED' or (s.kind = 'TRANSITIONED' and s.state = 'CLOSED')))""");
		waiting.append(filter);
		params.put("today", DashboardBenchmark.TODAY);
		jdbc.sql(waiting.toString()).params(params).query(Long.class).single();
		return rows;
	}
}
