package nl.jeugdregie.monitoring.internal.generator;

import java.util.List;

/** The generator's SQL: one set-based statement per step, so a million requests load in minutes. */
final class GeneratorSql {

	private GeneratorSql() {}

	/** A uniform number in [0, 1) from (seed, request, purpose): deterministic, unlike random(). */
	static final String RANDOM_FUNCTION = """
			create or replace function generator_random(seed bigint, i bigint, purpose int) returns double precision
			language sql immutable parallel safe as
			$$ select ('x' || substr(md5(seed::text || ':' || i::text || ':' || purpose::text), 1, 8))::bit(32)::bigint
			          / 4294967296.0 $$""";

	/**
	 * One row per request with its whole generated history; events are then selected from it. Proportions: 4%
	 * crisis, 5% from Veilig Thuis, 8% a returning young person, 97% started (the others withdrawn after 30 days) (waiting about 9 days on average,
	 * crisis the same day), triage 45% CJG treatment, 10% social team, 15% preceding field, 15% specialised care,
	 * 15% "no is also an answer".
	 */
	static final String REQUESTS = """
			create unlogged table generator_request as
			with base as (
			    select i,
			           md5(cast(:seed as text) || ':request:' || i)::uuid id,
			           least(floor(power(generator_random(:seed, i, 1), 1.8) * :municipalities)::int, :municipalities - 1) muni_idx,
			           generator_random(:seed, i, 2) r_team,
			           (cast(:first as date) + floor((i - 1) * ((cast(:today as date) - cast(:first as date)) - 1)::numeric / :n)::int) registered_on,
			           generator_random(:seed, i, 3) r_referrer,
			           generator_random(:seed, i, 4) r_crisis,
			           generator_random(:seed, i, 5) r_age,
			           generator_random(:seed, i, 6) r_earlier,
			           generator_random(:seed, i, 7) r_start,
			           generator_random(:seed, i, 8) r_wait,
			           generator_random(:seed, i, 9) r_conversations,
			           generator_random(:seed, i, 10) r_triage,
			           generator_random(:seed, i, 11) r_apply,
			           generator_random(:seed, i, 12) r_route
			    from generate_series(1, :n) i
			), shaped as (
			    select b.*, t.municipality_code, t.team_id,
			           case when r_referrer < 0.30 then 'PARENT' when r_referrer < 0.45 then 'SCHOOL'
			                when r_referrer < 0.60 then 'GENERAL_PRACTITIONER' when r_referrer < 0.68 then 'YOUTH_DOCTOR'
			                when r_referrer < 0.75 then 'YOUNG_PERSON' when r_referrer < 0.80 then 'VEILIG_THUIS'
			                when r_referrer < 0.83 then 'CHILDCARE' when r_referrer < 0.87 then 'SOCIAL_TEAM'
			                when r_referrer < 0.89 then 'CERTIFIED_INSTITUTION' when r_referrer < 0.91 then 'MEDICAL_SPECIALIST'
			                when r_referrer < 0.93 then 'POLICE' when r_referrer < 0.95 then 'YOUTH_WORKER'
			                when r_referrer < 0.97 then 'COMPULSORY_EDUCATION_OFFICER' else 'OTHER' end referrer,
			           case when r_crisis < 0.03 then 'DURING_OFFICE_HOURS' when r_crisis < 0.04 then 'OUTSIDE_OFFICE_HOURS'
			                else 'NONE' end crisis,
			           case when r_age < 0.05 then 18 + floor(r_age * 100)::int else floor(r_age * 18)::int end age,
			           case when r_earlier < 0.08 and i > 1000 then
			                md5(cast(:seed as text) || ':request:' || (i - 1 - floor(r_earlier * 12.5 * :n / 6)::bigint))::uuid end
			               earlier_request,
			           case when r_crisis < 0.04 then floor(r_wait * 2)::int
			                else floor(-ln(1 - r_wait) * 9)::int + b.muni_idx % 3 end waiting_days,
			           1 + least(floor(-ln(1 - r_conversations) * 2.2)::int, 11) conversations,
			           case when r_triage < 0.45 then 'CJG_TREATMENT' when r_triage < 0.55 then 'SOCIAL_TEAM'
			                when r_triage < 0.70 then 'PRECEDING_FIELD' when r_triage < 0.85 then 'SPECIALISED_CARE'
			                else 'NO_CARE_NEEDED' end triage
			    from base b
			    join generator_team t on t.muni_idx = b.muni_idx
			     and t.team_idx = least(floor(b.r_team * t.team_count)::int, t.team_count - 1)
			)
			select s.*, registered_on + 14 treatment_deadline,
			       case when r_start < 0.97 then registered_on + waiting_days end started_on,
			       registered_on + waiting_days + 1 + floor(r_apply * 6)::int triage_on,
			       registered_on + waiting_days + 8 + floor(r_apply * 14)::int applied_on,
			       registered_on + waiting_days + 8 + floor(r_apply * 14)::int + floor(-ln(1 - r_route) * 35)::int route_end
			from shaped s""";

	/** The events of each kind, up to {@code today}; ids of the events as intake would publish them. */
	static final List<String> EVENTS = List.of("""
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on,
			    treatment_deadline, referrer, crisis, channel, request_type, age, earlier_request, max_conversations)
			select id, 'REGISTERED', '', municipality_code, team_id, registered_on, treatment_deadline, referrer, crisis,
			       'PHONE', 'REGULAR', age, earlier_request, 5
			from generator_request where registered_on <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on,
			    treatment_deadline)
			select id, 'TREATMENT_STARTED', '', municipality_code, team_id, started_on, treatment_deadline
			from generator_request where started_on <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on, number)
			select id, 'CONVERSATION', n::text, municipality_code, team_id, started_on + (n - 1) * 7, n
			from generator_request, generate_series(1, conversations) n
			where started_on + (n - 1) * 7 <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on, state)
			select id, 'TRANSITIONED', 'IN_TRIAGE@' || started_on, municipality_code, team_id, started_on, 'IN_TRIAGE'
			from generator_request where started_on <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on, state,
			    outcome, deadline)
			select id, 'TRANSITIONED', state || '@' || triage_on, municipality_code, team_id, triage_on, state, outcome,
			       deadline
			from (select g.*, case triage when 'CJG_TREATMENT' then 'IN_CJG_TREATMENT'
			                              when 'SPECIALISED_CARE' then 'AWAITING_APPLICATION' else 'CLOSED' end state,
			             case triage when 'SOCIAL_TEAM' then 'HANDED_TO_SOCIAL_TEAM'
			                         when 'PRECEDING_FIELD' then 'REFERRED_TO_PRECEDING_FIELD' else triage end outcome,
			             case when triage = 'SPECIALISED_CARE' then triage_on + 14 end deadline
			      from generator_request g) t
			where started_on is not null and triage_on <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on, state,
			    outcome, deadline)
			select id, 'TRANSITIONED', 'APPLICATION_MADE@' || applied_on, municipality_code, team_id, applied_on,
			       'APPLICATION_MADE', 'SPECIALISED_CARE', applied_on + 56
			from generator_request where started_on is not null and triage = 'SPECIALISED_CARE' and applied_on <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on, state,
			    outcome)
			select id, 'TRANSITIONED', 'CLOSED@' || closed_on, municipality_code, team_id, closed_on, 'CLOSED', reason
			from (select g.*, case triage when 'CJG_TREATMENT' then started_on + conversations * 7 else route_end end closed_on,
			             case triage when 'CJG_TREATMENT' then 'SOLVED_BY_CJG' else 'SPECIALISED_CARE_STARTED' end reason
			      from generator_request g where started_on is not null and triage in ('CJG_TREATMENT', 'SPECIALISED_CARE')) c
			where closed_on <= :today""", """
			insert into monitoring_event (help_request_id, kind, dedup_key, municipality_code, team_id, occurred_on, state,
			    outcome)
			select id, 'TRANSITIONED', 'CLOSED@' || (registered_on + 30), municipality_code, team_id, registered_on + 30,
			       'CLOSED', 'WITHDRAWN'
			from generator_request where started_on is null and registered_on + 30 <= :today""");
}
