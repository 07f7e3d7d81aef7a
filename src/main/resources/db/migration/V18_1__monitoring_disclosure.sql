-- SEC-2, ADR 0021: the cell key method. Every record that monitoring counts has a record key in [0, 2^32): the
-- first 32 bits of the MD5 of its id. A cell's key is the sum of the record keys of the records in it; the
-- application turns it into a cell key with the deployment's secret and publishes a perturbed count.
create function monitoring_record_key(record text) returns bigint
    language sql immutable strict parallel safe
as $$ select ('x' || substr(md5(record), 1, 8))::bit(32)::bigint $$;

-- The deployment's secret when none is configured (jeugdregie.disclosure.key): drawn once, never changed.
create table monitoring_disclosure_secret
(
    id     int primary key check (id = 1),
    secret text not null
);

-- The dashboard's pre-aggregates keep, next to every count, the sum of the record keys of what it counts.
alter table monitoring_month_aggregate
    add column registrations_key bigint not null default 0,
    add column crisis_key bigint not null default 0,
    add column from_veilig_thuis_key bigint not null default 0,
    add column repeats_key bigint not null default 0,
    add column started_key bigint not null default 0,
    add column started_late_key bigint not null default 0,
    add column over_max_conversations_key bigint not null default 0,
    add column triage_cjg_key bigint not null default 0,
    add column triage_social_team_key bigint not null default 0,
    add column triage_preceding_field_key bigint not null default 0,
    add column triage_specialised_key bigint not null default 0,
    add column triage_no_care_key bigint not null default 0,
    add column applications_key bigint not null default 0,
    add column routes_ended_key bigint not null default 0,
    add column routes_late_key bigint not null default 0,
    add column closed_key bigint not null default 0;

update monitoring_month_aggregate a set registrations_key = f.registrations_key, crisis_key = f.crisis_key, from_veilig_thuis_key = f.from_veilig_thuis_key, repeats_key = f.repeats_key, started_key = f.started_key, started_late_key = f.started_late_key, over_max_conversations_key = f.over_max_conversations_key, triage_cjg_key = f.triage_cjg_key, triage_social_team_key = f.triage_social_team_key, triage_preceding_field_key = f.triage_preceding_field_key, triage_specialised_key = f.triage_specialised_key, triage_no_care_key = f.triage_no_care_key, applications_key = f.applications_key, routes_ended_key = f.routes_ended_key, routes_late_key = f.routes_late_key, closed_key = f.closed_key
from (select municipality_code, team_id, referrer, registered_month, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where true), 0) registrations_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where crisis), 0) crisis_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where from_veilig_thuis), 0) from_veilig_thuis_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where repeat_within_year), 0) repeats_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where started_on is not null), 0) started_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where started_late), 0) started_late_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where over_max_conversations), 0) over_max_conversations_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where triage_outcome = 'CJG_TREATMENT'), 0) triage_cjg_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where triage_outcome = 'SOCIAL_TEAM'), 0) triage_social_team_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where triage_outcome = 'PRECEDING_FIELD'), 0) triage_preceding_field_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where triage_outcome = 'SPECIALISED_CARE'), 0) triage_specialised_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where triage_outcome = 'NO_CARE_NEEDED'), 0) triage_no_care_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where applied_on is not null), 0) applications_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where route_days is not null), 0) routes_ended_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where route_late), 0) routes_late_key, coalesce(sum(monitoring_record_key(help_request_id::text)) filter (where closed_on is not null), 0) closed_key
      from monitoring_request_fact group by municipality_code, team_id, referrer, registered_month) f
where a.level = 0 and a.municipality_code = f.municipality_code and a.team_id = f.team_id and a.referrer = f.referrer
  and a.month = f.registered_month;

update monitoring_month_aggregate a set registrations_key = s.registrations_key, crisis_key = s.crisis_key, from_veilig_thuis_key = s.from_veilig_thuis_key, repeats_key = s.repeats_key, started_key = s.started_key, started_late_key = s.started_late_key, over_max_conversations_key = s.over_max_conversations_key, triage_cjg_key = s.triage_cjg_key, triage_social_team_key = s.triage_social_team_key, triage_preceding_field_key = s.triage_preceding_field_key, triage_specialised_key = s.triage_specialised_key, triage_no_care_key = s.triage_no_care_key, applications_key = s.applications_key, routes_ended_key = s.routes_ended_key, routes_late_key = s.routes_late_key, closed_key = s.closed_key
from (select municipality_code, month, sum(registrations_key) registrations_key, sum(crisis_key) crisis_key, sum(from_veilig_thuis_key) from_veilig_thuis_key, sum(repeats_key) repeats_key, sum(started_key) started_key, sum(started_late_key) started_late_key, sum(over_max_conversations_key) over_max_conversations_key, sum(triage_cjg_key) triage_cjg_key, sum(triage_social_team_key) triage_social_team_key, sum(triage_preceding_field_key) triage_preceding_field_key, sum(triage_specialised_key) triage_specialised_key, sum(triage_no_care_key) triage_no_care_key, sum(applications_key) applications_key, sum(routes_ended_key) routes_ended_key, sum(routes_late_key) routes_late_key, sum(closed_key) closed_key
      from monitoring_month_aggregate where level = 0 group by municipality_code, month) s
where a.level = 1 and a.municipality_code = s.municipality_code and a.month = s.month;

update monitoring_month_aggregate a set registrations_key = s.registrations_key, crisis_key = s.crisis_key, from_veilig_thuis_key = s.from_veilig_thuis_key, repeats_key = s.repeats_key, started_key = s.started_key, started_late_key = s.started_late_key, over_max_conversations_key = s.over_max_conversations_key, triage_cjg_key = s.triage_cjg_key, triage_social_team_key = s.triage_social_team_key, triage_preceding_field_key = s.triage_preceding_field_key, triage_specialised_key = s.triage_specialised_key, triage_no_care_key = s.triage_no_care_key, applications_key = s.applications_key, routes_ended_key = s.routes_ended_key, routes_late_key = s.routes_late_key, closed_key = s.closed_key
from (select month, sum(registrations_key) registrations_key, sum(crisis_key) crisis_key, sum(from_veilig_thuis_key) from_veilig_thuis_key, sum(repeats_key) repeats_key, sum(started_key) started_key, sum(started_late_key) started_late_key, sum(over_max_conversations_key) over_max_conversations_key, sum(triage_cjg_key) triage_cjg_key, sum(triage_social_team_key) triage_social_team_key, sum(triage_preceding_field_key) triage_preceding_field_key, sum(triage_specialised_key) triage_specialised_key, sum(triage_no_care_key) triage_no_care_key, sum(applications_key) applications_key, sum(routes_ended_key) routes_ended_key, sum(routes_late_key) routes_late_key, sum(closed_key) closed_key
      from monitoring_month_aggregate where level = 1 group by month) s
where a.level = 2 and a.month = s.month;
