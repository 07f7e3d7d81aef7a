-- Issue 19 P1, ADR 0057: monitoring's registration inbox. Monitoring's synchronous listener of a registration
-- (HelpRequestRegistered) writes one row here in the registering transaction; a background fold takes the rows in
-- batches, applies them to the read models and deletes them in the same transaction. Codes, dates and ids only
-- (SEC-2). The municipality column is deliberately not called municipality_code: the inbox is no read model.
create table monitoring_registration_inbox
(
    id                  bigserial primary key,
    help_request_id     uuid    not null,
    municipality        char(4) not null,
    team_id             uuid    not null,
    registered_on       date    not null,
    treatment_deadline  date    not null,
    channel             text    not null,
    referrer            text    not null,
    crisis              text    not null,
    request_type        text    not null,
    age_at_registration integer not null,
    earlier_request_id  uuid,
    school_location_id  uuid
);

-- An upgrade loses nothing: registrations whose delivery to the old listener (DashboardProjection, an event
-- publication per registration) is still open move into the inbox, and their publications are removed. Every read
-- model of a registration is idempotent, so a registration that was already partly applied changes nothing twice.
insert into monitoring_registration_inbox (help_request_id, municipality, team_id, registered_on, treatment_deadline,
                                           channel, referrer, crisis, request_type, age_at_registration,
                                           earlier_request_id, school_location_id)
select (e -> 'helpRequest' ->> 'value')::uuid, e -> 'municipality' ->> 'value', (e -> 'team' ->> 'value')::uuid,
       (e ->> 'registeredOn')::date, (e ->> 'treatmentDeadline')::date, e ->> 'channel', e ->> 'referrer',
       e ->> 'crisis', e ->> 'type', (e ->> 'ageAtRegistration')::integer,
       (e -> 'earlierRequest' ->> 'value')::uuid, (e -> 'schoolLocation' ->> 'value')::uuid
from (select serialized_event::jsonb as e, publication_date
      from event_publication
      where completion_date is null
        and listener_id = 'nl.jeugdregie.monitoring.internal.dashboard.DashboardProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)') open_work
order by publication_date;

delete from event_publication
where completion_date is null
  and listener_id = 'nl.jeugdregie.monitoring.internal.dashboard.DashboardProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)';
