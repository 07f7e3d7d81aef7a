-- Monitoring's read models for the CBS outcome indicators (MON-3), transformation figures (MON-5, MON-6) and
-- the periodic reports (MON-2, MON-4), fed by intake's and plans' events. Codes, dates and counts only: no
-- names, no BSNs (SEC-2). Separate from the monthly report's tables so both can evolve independently.
create table monitoring_outcome_registration
(
    help_request_id     uuid primary key,
    municipality_code   char(4) not null,
    team_id             uuid    not null,
    registered_on       date    not null,
    age_at_registration int     not null,
    earlier_request_id  uuid
);
create index monitoring_outcome_registration_period_idx on monitoring_outcome_registration (municipality_code, registered_on);
create index monitoring_outcome_registration_earlier_idx on monitoring_outcome_registration (earlier_request_id);

-- The end of a help request with its end reason (intake's ClosureReason name).
create table monitoring_outcome_closure
(
    help_request_id   uuid primary key,
    municipality_code char(4) not null,
    team_id           uuid    not null,
    closed_on         date    not null,
    reason            text    not null
);
create index monitoring_outcome_closure_period_idx on monitoring_outcome_closure (municipality_code, closed_on);

-- The latest usefulness score (1-10) per help request and respondent (young person or parent).
create table monitoring_outcome_usefulness
(
    help_request_id   uuid    not null,
    respondent        text    not null check (respondent in ('YOUNG_PERSON', 'PARENT')),
    municipality_code char(4) not null,
    team_id           uuid    not null,
    scored_on         date    not null,
    score             int     not null check (score between 1 and 10),
    primary key (help_request_id, respondent)
);
create index monitoring_outcome_usefulness_period_idx on monitoring_outcome_usefulness (municipality_code, scored_on);

-- Plan evaluations (MDO, closure, handover) with goal counts and the CBS continuation outcome.
create table monitoring_outcome_plan_evaluation
(
    household_id      uuid    not null,
    moment            text    not null check (moment in ('MDO', 'CLOSURE', 'HANDOVER')),
    evaluated_on      date    not null,
    municipality_code char(4) not null,
    team_id           uuid    not null,
    goals_agreed      int     not null,
    goals_realised    int     not null,
    goals_improved    int     not null,
    continuation      text,
    primary key (household_id, moment, evaluated_on)
);
create index monitoring_outcome_plan_evaluation_period_idx on monitoring_outcome_plan_evaluation (municipality_code, evaluated_on);

-- MON-2: the half-yearly progress report's explanation, written by the team lead or policy officer.
create table monitoring_half_year_explanation
(
    municipality_code char(4)     not null,
    half_year         text        not null,
    developments      text        not null,
    bottlenecks       text        not null,
    recommendations   text        not null,
    written_by        text        not null,
    written_at        timestamptz not null,
    version           int         not null,
    primary key (municipality_code, half_year)
);

-- MON-3 norms. The follow-up window for "no new start of youth care after ending": CBS publishes the
-- indicator over half a year after the end; a municipality may choose a year. The usefulness score from which
-- a client counts as satisfied: 7, the Dutch "voldoende" (ADR 0013).
insert into norm_key (key) values ('OUTCOME_FOLLOW_UP_PERIOD'), ('SATISFIED_FROM_SCORE');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values ('0828', 'OUTCOME_FOLLOW_UP_PERIOD', 6, date '2020-01-01', 'migratie', now(), 'MON-3; CBS: half jaar na einde'),
       (null, 'OUTCOME_FOLLOW_UP_PERIOD', 6, date '2020-01-01', 'migratie', now(), 'MON-3; CBS: half jaar na einde'),
       ('0828', 'SATISFIED_FROM_SCORE', 7, date '2020-01-01', 'migratie', now(), 'MON-3; ADR 0013: rapportcijfer voldoende'),
       (null, 'SATISFIED_FROM_SCORE', 7, date '2020-01-01', 'migratie', now(), 'MON-3; ADR 0013: rapportcijfer voldoende');
