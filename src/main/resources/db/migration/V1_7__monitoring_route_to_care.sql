-- Monitoring's read models of the TOE-8 lead time: from the application for specialised care until the
-- request's route ends (its closure), fed by intake's lifecycle events. No personal data. Applications and
-- closures are kept apart so that their events may be handled in any order.
create table monitoring_route_to_care
(
    help_request_id   uuid primary key,
    municipality_code char(4) not null,
    team_id           uuid    not null,
    applied_on        date    not null,
    deadline          date    not null
);
create index monitoring_route_to_care_deadline_idx on monitoring_route_to_care (municipality_code, deadline);

create table monitoring_closure
(
    help_request_id uuid primary key,
    closed_on       date not null,
    reason          text not null
);
