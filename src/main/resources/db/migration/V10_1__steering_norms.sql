-- Measurable norms per core condition (STU-5, BEY-3), the provider's quarterly figures with their evidence, the
-- provider's cause analyses, and steering's own read model of adult social work (fed by the plans module's events).
-- No client data: the read model holds a trajectory id, dates and the exit route only.

create table steering_norm
(
    id                bigint generated always as identity primary key,
    assignment_id     bigint      not null references steering_assignment (id),
    core_condition_id bigint      not null references steering_core_condition (id),
    -- Short code used in CSV uploads, e.g. ISW-1.
    code              text        not null check (code ~ '^[A-Z]{2,5}-[0-9]{1,3}$'),
    description       text        not null,
    kind              text        not null check (kind in ('PERCENT_AT_LEAST', 'PERCENT_AT_MOST', 'COUNT_AT_LEAST', 'DEADLINE')),
    target            numeric(9, 2),
    deadline          date,
    period            text        not null check (period in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    effective_from    date        not null,
    -- Where the figure comes from: the provider's delivered figures, or computed by Jeugdregie itself (BEY-3).
    measure           text        not null check (measure in ('PROVIDER_FIGURES', 'FIRST_CONVERSATION_WITHIN_TERM',
                                                              'WMO_REFERRALS_AFTER_CLOSURE', 'INDIVIDUAL_WORK_BUDGET_SHARE')),
    -- For FIRST_CONVERSATION_WITHIN_TERM: the term in weeks, part of the norm as agreed.
    term_weeks        int check (term_weeks between 1 and 52),
    added_by          text        not null,
    added_at          timestamptz not null,
    unique (assignment_id, code),
    check (kind = 'DEADLINE' or target is not null),
    check (kind <> 'DEADLINE' or deadline is not null),
    check (kind not in ('PERCENT_AT_LEAST', 'PERCENT_AT_MOST') or target between 0 and 100),
    check (kind <> 'COUNT_AT_LEAST' or target >= 0),
    check (measure <> 'FIRST_CONVERSATION_WITHIN_TERM' or term_weeks is not null)
);
create index steering_norm_condition_idx on steering_norm (core_condition_id);

-- An evidence file the provider attaches to delivered figures (a report, an export). Stored as delivered.
create table steering_evidence
(
    id            bigint generated always as identity primary key,
    assignment_id bigint      not null references steering_assignment (id),
    file_name     text        not null,
    content_type  text        not null,
    content       bytea       not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null
);

-- A figure the provider delivers for one norm and one period (kwartaalcijfer). A new delivery for the same open
-- period replaces the old one; who and when is kept on the row.
create table steering_norm_figure
(
    id           bigint generated always as identity primary key,
    norm_id      bigint        not null references steering_norm (id),
    period_start date          not null,
    period_end   date          not null,
    value        numeric(9, 2),
    -- For deadline norms: the day the agreed product (e.g. the social agenda) was done.
    completed_on date,
    evidence_id  bigint references steering_evidence (id),
    delivered_by text          not null,
    delivered_at timestamptz   not null,
    unique (norm_id, period_start),
    check (value is not null or completed_on is not null)
);

-- "onderzoekt de trend en oorzaak": the provider's cause analysis for a missed norm in a period.
create table steering_norm_cause_analysis
(
    id           bigint generated always as identity primary key,
    norm_id      bigint      not null references steering_norm (id),
    period_start date        not null,
    analysis     text        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    unique (norm_id, period_start)
);

-- Quarters the municipality has closed: no figures can be delivered or changed for them any more.
create table steering_closed_quarter
(
    assignment_id bigint      not null references steering_assignment (id),
    quarter_start date        not null,
    closed_by     text        not null,
    closed_at     timestamptz not null,
    primary key (assignment_id, quarter_start)
);

-- Steering's own read model of adult individual social work, fed by SocialWorkRequestRegistered,
-- SocialWorkFirstConversationHeld and SocialWorkTrajectoryClosed. Events may arrive in any order.
create table steering_social_work_trajectory
(
    trajectory_id      uuid primary key,
    municipality_code  char(4) not null,
    registered_on      date,
    first_conversation date,
    closed_on          date,
    exit_route         text
);
create index steering_social_work_municipality_idx on steering_social_work_trajectory (municipality_code);

-- Which assignment a provider's account holder works under: a provider sees only its own assignment.
create table steering_provider_account
(
    username      text primary key,
    assignment_id bigint not null references steering_assignment (id)
);

-- The margin within which a met norm counts as "at risk" (dreigt niet gehaald te worden), in percentage points.
-- The memo names none; 5 points is the product's choice (ADR 0014), configurable per municipality.
insert into norm_key (key) values ('STEERING_NORM_AT_RISK_MARGIN'), ('BUDGET_DEVIATION_EXPLANATION_MARGIN');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values ('0828', 'STEERING_NORM_AT_RISK_MARGIN', 5, date '2020-01-01', 'migratie', now(), 'ADR 0014 (STU-5)'),
       (null, 'STEERING_NORM_AT_RISK_MARGIN', 5, date '2020-01-01', 'migratie', now(), 'ADR 0014 (STU-5)'),
       -- Memo 001 par. 6.1: "Als er verschillen zijn tussen begroting en realisatie is er een analyse beschikbaar
       -- van de oorzaak." Any difference, so 0 %.
       ('0828', 'BUDGET_DEVIATION_EXPLANATION_MARGIN', 0, date '2020-01-01', 'migratie', now(), 'Memo 001 par. 6.1 (STU-7)'),
       (null, 'BUDGET_DEVIATION_EXPLANATION_MARGIN', 0, date '2020-01-01', 'migratie', now(), 'Memo 001 par. 6.1 (STU-7)');

-- The norms of memo 001 for gemeente Oss, in the memo's own words, on the core condition they belong to.
insert into steering_norm (assignment_id, core_condition_id, code, description, kind, target, deadline, period,
                           effective_from, measure, term_weeks, added_by, added_at)
select a.id, c.id, v.code, v.description, v.kind, v.target, v.deadline, v.period, v.effective_from, v.measure,
       v.term_weeks, 'migratie', now()
from steering_assignment a
     join steering_type_of_work t on t.assignment_id = a.id
     join steering_core_condition c on c.type_of_work_id = t.id and c.position = 1
     join (values
  ('INDIVIDUAL_SOCIAL_WORK', 'ISW-1', '90% van de aangemelde inwoners heeft binnen vier weken na aanmelding een eerste vraagverhelderingsgesprek.',
   'PERCENT_AT_LEAST', 90.00, null::date, 'QUARTER', date '2021-01-01', 'FIRST_CONVERSATION_WITHIN_TERM', 4),
  ('INDIVIDUAL_SOCIAL_WORK', 'ISW-2', '100% binnen zes weken.',
   'PERCENT_AT_LEAST', 100.00, null::date, 'QUARTER', date '2021-01-01', 'FIRST_CONVERSATION_WITHIN_TERM', 6),
  ('INDIVIDUAL_SOCIAL_WORK', 'ISW-3', 'Vanaf 1 januari 2022 wordt 80% van de trajecten individueel sociaal werk binnen maximaal zes maanden na vraagverheldering afgesloten.',
   'PERCENT_AT_LEAST', 80.00, null::date, 'QUARTER', date '2022-01-01', 'PROVIDER_FIGURES', null),
  ('INDIVIDUAL_SOCIAL_WORK', 'ISW-4', 'De welzijnsaanbieder voorkomt dat het aantal aanvragen voor een maatwerkvoorziening Wmo hoger is dan 10% na afsluiting van een traject.',
   'PERCENT_AT_MOST', 10.00, null::date, 'QUARTER', date '2021-01-01', 'WMO_REFERRALS_AFTER_CLOSURE', null),
  ('INDIVIDUAL_SOCIAL_WORK', 'ISW-5', 'Dit betekent dat per 1 januari 2023 welzijnsaanbieder bij de behandeling van hulpvragen maximaal 30% van het budget inzet voor individueel sociaal werk en minimaal 70% voor collectief sociaal werk of informele ondersteuning.',
   'PERCENT_AT_MOST', 30.00, null::date, 'YEAR', date '2023-01-01', 'INDIVIDUAL_WORK_BUDGET_SHARE', null),
  ('COLLECTIVE_SOCIAL_WORK', 'CSW-1', 'In elk wijkgebied van de 11 wijkgebieden is minimaal 1 laagdrempelige ontmoetingsactiviteit voor inwoners passend bij de gelijksoortige behoeften van de inwoners georganiseerd door en voor inwoners en de welzijnsaanbieder houdt dit operationeel. (Cijfer: aantal wijkgebieden met minstens 1 activiteit.)',
   'COUNT_AT_LEAST', 11.00, null::date, 'QUARTER', date '2023-01-01', 'PROVIDER_FIGURES', null),
  ('COLLECTIVE_SOCIAL_WORK', 'CSW-2', 'De welzijnsaanbieder heeft op 1 januari 2022 in elke wijk met inwoners een sociale agenda opgesteld met acties voor de looptijd van 2 jaar en de welzijnsaanbieder begeleidt de uitvoering.',
   'DEADLINE', null, date '2022-01-01', 'YEAR', date '2021-01-01', 'PROVIDER_FIGURES', null),
  ('COLLECTIVE_SOCIAL_WORK', 'CSW-3', 'De welzijnsaanbieder heeft op 1 januari 2024 in elke wijk met inwoners een sociale agenda opgesteld met acties voor de looptijd van 2 jaar en de welzijnsaanbieder begeleidt de uitvoering.',
   'DEADLINE', null, date '2024-01-01', 'YEAR', date '2022-01-01', 'PROVIDER_FIGURES', null)
  ) v(type_code, code, description, kind, target, deadline, period, effective_from, measure, term_weeks)
       on v.type_code = t.code
where a.municipality_code = '0828' and a.year = 2021;
