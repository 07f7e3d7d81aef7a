-- Issue 19, P3 (ADR 0027): the monthly waiting-term report (TOE-9) of one municipality costs what that
-- municipality holds, not what the country holds. The report joins its terms to their closures; monitoring_closure
-- had no municipality, so the planner hashed every closure of the country. A closure now names its municipality
-- (the closing event carries it) and is found through an index leading with it.
alter table monitoring_closure add column municipality_code char(4);

update monitoring_closure c set municipality_code = coalesce(
    (select t.municipality_code from monitoring_treatment_wait t where t.help_request_id = c.help_request_id),
    (select r.municipality_code from monitoring_route_to_care r where r.help_request_id = c.help_request_id),
    (select e.municipality_code from monitoring_event e where e.help_request_id = c.help_request_id limit 1));

-- Null only for a closure recorded before this migration of which no term and no event is known: no report can
-- count it (a report starts from its terms). Every closure recorded from now on names its municipality.

create index monitoring_closure_municipality_idx on monitoring_closure (municipality_code, closed_on);
-- The terms of one municipality that ended (or started late) in a month: read by the month, not the history.
create index monitoring_route_to_care_municipality_idx on monitoring_route_to_care (municipality_code, applied_on);
