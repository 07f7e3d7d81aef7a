-- Monitoring's own read model of the TOE-5 treatment clock, fed by intake's events (no personal data).
create table monitoring_treatment_wait
(
    help_request_id   uuid primary key,
    municipality_code char(4) not null,
    team_id           uuid    not null,
    registered_on     date    not null,
    deadline          date    not null,
    started_on        date
);
create index monitoring_treatment_wait_deadline_idx on monitoring_treatment_wait (municipality_code, deadline);
create index monitoring_treatment_wait_started_idx on monitoring_treatment_wait (municipality_code, started_on);
