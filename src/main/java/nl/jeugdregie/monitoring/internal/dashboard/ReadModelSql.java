package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one definition of how monitoring's dashboard read models follow from the raw events. The listeners derive one
 * request's fact and its contribution with it, the rebuild everything: the same measures, so a rebuild gives the
 * same figures (ADR 0012, ADR 0052). Each statement takes a filter ({@code %s}) with named parameters.
 */
final class ReadModelSql {

	/** The aggregate key of the rollup levels. */
	static final String NO_TEAM = "00000000-0000-0000-0000-000000000000";
	static final String ALL_REFERRERS = "*";
	static final String ALL_MUNICIPALITIES = "0000";
	static final int LAST_WAIT_BUCKET = 365;

	private ReadModelSql() {}

	/** Facts of the registered requests matching the filter (on the registration event {@code reg}). */
	static final String FACTS = """
			insert into monitoring_request_fact as f (help_request_id, municipality_code, team_id, referrer, crisis,
			    request_type, age, registered_on, registered_month, treatment_deadline, started_on, waiting_days,
			    started_late, conversations, max_conversations, over_max_conversations, triage_outcome, applied_on,
			    route_deadline, closed_on, closure_reason, route_days, route_late, lead_days, earlier_request,
			    repeat_within_year, from_veilig_thuis)
			select reg.help_request_id, reg.municipality_code, reg.team_id, reg.referrer, reg.crisis <> 'NONE',
			    reg.request_type, reg.age, reg.occurred_on, date_trunc('month', reg.occurred_on)::date,
			    reg.treatment_deadline, o.started_on, o.started_on - reg.occurred_on,
			    coalesce(o.started_on > reg.treatment_deadline, false), coalesce(o.conversations, 0),
			    reg.max_conversations, coalesce(o.conversations, 0) > reg.max_conversations,
			    coalesce(o.triage_outcome, case o.closure_reason when 'HANDED_TO_SOCIAL_TEAM' then 'SOCIAL_TEAM'
			        when 'REFERRED_TO_PRECEDING_FIELD' then 'PRECEDING_FIELD' when 'NO_CARE_NEEDED' then 'NO_CARE_NEEDED' end),
			    o.applied_on, o.route_deadline, o.closed_on, o.closure_reason, o.closed_on - o.applied_on,
			    coalesce(o.closed_on > o.route_deadline, false), o.closed_on - reg.occurred_on, reg.earlier_request,
			    reg.earlier_request is not null and exists (select 1 from monitoring_event c
			        where c.help_request_id = reg.earlier_request and c.kind = 'TRANSITIONED' and c.state = 'CLOSED'
			          and c.occurred_on <= reg.occurred_on and c.occurred_on > reg.occurred_on - interval '1 year'),
			    reg.referrer = 'VEILIG_THUIS'
			from monitoring_event reg
			left join lateral (
			    select coalesce(min(x.occurred_on) filter (where x.kind = 'TREATMENT_STARTED'),
			                    min(x.occurred_on) filter (where x.kind = 'CONVERSATION' and x.number = 1)) started_on,
			           max(x.number) filter (where x.kind = 'CONVERSATION') conversations,
			           (array_agg(x.outcome order by x.occurred_on, x.dedup_key) filter (where x.kind = 'TRANSITIONED'
			               and x.state <> 'CLOSED' and x.outcome is not null))[1] triage_outcome,
			           min(x.occurred_on) filter (where x.state = 'APPLICATION_MADE') applied_on,
			           max(x.deadline) filter (where x.state = 'APPLICATION_MADE') route_deadline,
			           max(x.occurred_on) filter (where x.state = 'CLOSED') closed_on,
			           (array_agg(x.outcome order by x.occurred_on desc, x.dedup_key desc)
			               filter (where x.state = 'CLOSED'))[1] closure_reason
			    from monitoring_event x
			    where x.help_request_id = reg.help_request_id and x.kind <> 'REGISTERED') o on true
			where reg.kind = 'REGISTERED' and (%s)
			on conflict (help_request_id) do update set started_on = excluded.started_on,
			    waiting_days = excluded.waiting_days, started_late = excluded.started_late,
			    conversations = excluded.conversations, over_max_conversations = excluded.over_max_conversations,
			    triage_outcome = excluded.triage_outcome, applied_on = excluded.applied_on,
			    route_deadline = excluded.route_deadline, closed_on = excluded.closed_on,
			    closure_reason = excluded.closure_reason, route_days = excluded.route_days,
			    route_late = excluded.route_late, lead_days = excluded.lead_days,
			    repeat_within_year = excluded.repeat_within_year""";

	/** A measure of the monthly aggregate and how level 0 counts it from the facts. */
	private record Measure(String column, String fromFacts) {}

	private static final List<Measure> MEASURES = List.of(
			new Measure("registrations", "count(*)"),
			new Measure("crisis", "count(*) filter (where crisis)"),
			new Measure("from_veilig_thuis", "count(*) filter (where from_veilig_thuis)"),
			new Measure("repeats", "count(*) filter (where repeat_within_year)"),
			new Measure("started", "count(started_on)"),
			new Measure("waiting_days_sum", "coalesce(sum(waiting_days), 0)"),
			new Measure("started_late", "count(*) filter (where started_late)"),
			new Measure("over_max_conversations", "count(*) filter (where over_max_conversations)"),
			new Measure("triage_cjg", "count(*) filter (where triage_outcome = 'CJG_TREATMENT')"),
			new Measure("triage_social_team", "count(*) filter (where triage_outcome = 'SOCIAL_TEAM')"),
			new Measure("triage_preceding_field", "count(*) filter (where triage_outcome = 'PRECEDING_FIELD')"),
			new Measure("triage_specialised", "count(*) filter (where triage_outcome = 'SPECIALISED_CARE')"),
			new Measure("triage_no_care", "count(*) filter (where triage_outcome = 'NO_CARE_NEEDED')"),
			new Measure("applications", "count(applied_on)"),
			new Measure("routes_ended", "count(route_days)"),
			new Measure("route_days_sum", "coalesce(sum(route_days), 0)"),
			new Measure("routes_late", "count(*) filter (where route_late)"),
			new Measure("closed", "count(closed_on)"),
			new Measure("lead_days_sum", "coalesce(sum(lead_days), 0)"),
			// SEC-2, ADR 0021: the sum of the record keys next to every count, for the cell key method.
			key("registrations", "true"), key("crisis", "crisis"), key("from_veilig_thuis", "from_veilig_thuis"),
			key("repeats", "repeat_within_year"), key("started", "started_on is not null"),
			key("started_late", "started_late"), key("over_max_conversations", "over_max_conversations"),
			key("triage_cjg", "triage_outcome = 'CJG_TREATMENT'"), key("triage_social_team", "triage_outcome = 'SOCIAL_TEAM'"),
			key("triage_preceding_field", "triage_outcome = 'PRECEDING_FIELD'"),
			key("triage_specialised", "triage_outcome = 'SPECIALISED_CARE'"),
			key("triage_no_care", "triage_outcome = 'NO_CARE_NEEDED'"), key("applications", "applied_on is not null"),
			key("routes_ended", "route_days is not null"), key("routes_late", "route_late"),
			key("closed", "closed_on is not null"));

	/** The record keys of the facts counted by a count measure, added up (SQL function of migration V18_1). */
	private static Measure key(String count, String condition) {
		return new Measure(count + "_key",
				"coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where " + condition + "), 0)");
	}

	static final List<String> MEASURE_COLUMNS = MEASURES.stream().map(Measure::column).toList();

	private static String columns() {
		return String.join(", ", MEASURE_COLUMNS);
	}

	private static String upsert(String select) {
		return "insert into monitoring_month_aggregate (level, municipality_code, team_id, referrer, month, "
				+ columns() + ")\n" + select
				+ "\non conflict (level, municipality_code, team_id, referrer, month) do update set "
				+ MEASURE_COLUMNS.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
	}

	/** Level 0 rows from the facts matching the filter. */
	static final String CELLS = upsert("select 0, municipality_code, team_id, referrer, registered_month, "
			+ MEASURES.stream().map(Measure::fromFacts).collect(Collectors.joining(", "))
			+ " from monitoring_request_fact where (%s) group by municipality_code, team_id, referrer, registered_month");

	/**
	 * One request's share of its level 0 row: the same measures as {@link #CELLS}, over its fact alone, and the
	 * waiting-day bucket it counts in (null when not started). The listeners add and subtract these (ADR 0052).
	 */
	static final String CONTRIBUTION = "select municipality_code, team_id, referrer, registered_month, "
			+ "case when started_on is not null then least(waiting_days, " + LAST_WAIT_BUCKET + ") end, "
			+ MEASURES.stream().map(Measure::fromFacts).collect(Collectors.joining(", "))
			+ " from monitoring_request_fact where help_request_id = ? group by help_request_id";

	private static String sums() {
		return MEASURE_COLUMNS.stream().map(c -> "sum(" + c + ")").collect(Collectors.joining(", "));
	}

	/** Level 1 rows from the level 0 rows matching the filter. */
	static final String MUNICIPALITY_ROWS = upsert("select 1, municipality_code, '" + NO_TEAM + "'::uuid, '"
			+ ALL_REFERRERS + "', month, " + sums()
			+ " from monitoring_month_aggregate where level = 0 and (%s) group by municipality_code, month");

	/** Level 2 rows from the level 1 rows matching the filter. */
	static final String NATIONAL_ROWS = upsert("select 2, '" + ALL_MUNICIPALITIES + "', '" + NO_TEAM + "'::uuid, '"
			+ ALL_REFERRERS + "', month, " + sums()
			+ " from monitoring_month_aggregate where level = 1 and (%s) group by month");

	static final String CELL_BUCKETS = """
			insert into monitoring_month_wait_bucket (level, municipality_code, team_id, referrer, month, days, requests)
			select 0, municipality_code, team_id, referrer, registered_month, least(waiting_days, %d), count(*)
			from monitoring_request_fact where started_on is not null and (%%s)
			group by municipality_code, team_id, referrer, registered_month, least(waiting_days, %d)"""
			.formatted(LAST_WAIT_BUCKET, LAST_WAIT_BUCKET);

	static final String MUNICIPALITY_BUCKETS = """
			insert into monitoring_month_wait_bucket (level, municipality_code, team_id, referrer, month, days, requests)
			select 1, municipality_code, '%s'::uuid, '%s', month, days, sum(requests)
			from monitoring_month_wait_bucket where level = 0 and (%%s) group by municipality_code, month, days"""
			.formatted(NO_TEAM, ALL_REFERRERS);

	static final String NATIONAL_BUCKETS = """
			insert into monitoring_month_wait_bucket (level, municipality_code, team_id, referrer, month, days, requests)
			select 2, '%s', '%s'::uuid, '%s', month, days, sum(requests)
			from monitoring_month_wait_bucket where level = 1 and (%%s) group by month, days"""
			.formatted(ALL_MUNICIPALITIES, NO_TEAM, ALL_REFERRERS);

	/**
	 * The read models the monthly report (TOE-9) and the outcome indicators (MON-3) read, refilled from the stored
	 * intake events on a rebuild; existing rows stay (add-only), so this never changes what their own listeners
	 * wrote. Usefulness scores and plan evaluations are not in the event store: a rebuild leaves them as they are.
	 */
	static final List<String> REPORT_READ_MODELS = List.of("""
			insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on, deadline, started_on)
			select help_request_id, municipality_code, team_id, registered_on, treatment_deadline, started_on
			from monitoring_request_fact on conflict (help_request_id) do nothing""", """
			insert into monitoring_route_to_care (help_request_id, municipality_code, team_id, applied_on, deadline)
			select help_request_id, municipality_code, team_id, applied_on, route_deadline
			from monitoring_request_fact where applied_on is not null and route_deadline is not null
			on conflict (help_request_id) do nothing""", """
			insert into monitoring_closure (help_request_id, municipality_code, closed_on, reason)
			select help_request_id, municipality_code, closed_on, closure_reason from monitoring_request_fact
			where closed_on is not null
			on conflict (help_request_id) do nothing""", """
			insert into monitoring_outcome_registration
			    (help_request_id, municipality_code, team_id, registered_on, age_at_registration, earlier_request_id)
			select help_request_id, municipality_code, team_id, occurred_on, age, earlier_request from monitoring_event
			where kind = 'REGISTERED' and age is not null on conflict (help_request_id) do nothing""", """
			insert into monitoring_outcome_closure (help_request_id, municipality_code, team_id, closed_on, reason)
			select help_request_id, municipality_code, team_id, closed_on, closure_reason from monitoring_request_fact
			where closed_on is not null and closure_reason is not null on conflict (help_request_id) do nothing""");
}
