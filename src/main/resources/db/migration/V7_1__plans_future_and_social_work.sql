-- Future plan 18-/18+ (PLAN-4) and individual social work for adults (PLAN-8, PLAN-9). Personal data stay in
-- the plans module's tables; events carry ids and dates only.

-- Norms (ADR 0011). Ages are counts of years; the product defaults follow the source documents:
-- 003 5.4 and 000 "Betere overgang 18-/18+" (target group 16 to 27), 001 3.2 (first conversation within 4 weeks for
-- 90 %, within 6 weeks for all; at most 2 clarification conversations; trajectory at most 6 months after
-- clarification; evaluation at the latest one month before its end). The horizon of the worklist of young people
-- turning 18 (6 months) is the product's decision.
insert into norm_key (key)
values ('FUTURE_PLAN_MIN_AGE'), ('FUTURE_PLAN_MAX_AGE'), ('FUTURE_PLAN_HORIZON'),
       ('SOCIAL_WORK_MAX_CLARIFICATION_CONVERSATIONS'), ('SOCIAL_WORK_FIRST_CONVERSATION_TERM'),
       ('SOCIAL_WORK_FIRST_CONVERSATION_SHARE'), ('SOCIAL_WORK_FIRST_CONVERSATION_LIMIT'),
       ('SOCIAL_WORK_TRAJECTORY_DURATION'), ('SOCIAL_WORK_EVALUATION_LEAD');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values (null, 'FUTURE_PLAN_MIN_AGE', 16, date '2020-01-01', 'migratie', now(), 'Toekomstplan vanaf 16 jaar (PLAN-4)'),
       (null, 'FUTURE_PLAN_MAX_AGE', 27, date '2020-01-01', 'migratie', now(), 'Toekomstplan tot en met 27 jaar (PLAN-4)'),
       (null, 'FUTURE_PLAN_HORIZON', 6, date '2020-01-01', 'migratie', now(), 'Werklijst 18 jaar binnen 6 maanden (ADR 0011)'),
       (null, 'SOCIAL_WORK_MAX_CLARIFICATION_CONVERSATIONS', 2, date '2020-01-01', 'migratie', now(), 'Memo 001 3.2 (PLAN-8)'),
       (null, 'SOCIAL_WORK_FIRST_CONVERSATION_TERM', 4, date '2020-01-01', 'migratie', now(), 'Memo 001 3.2 (PLAN-8)'),
       (null, 'SOCIAL_WORK_FIRST_CONVERSATION_SHARE', 90, date '2020-01-01', 'migratie', now(), 'Memo 001 3.2 (PLAN-8)'),
       (null, 'SOCIAL_WORK_FIRST_CONVERSATION_LIMIT', 6, date '2020-01-01', 'migratie', now(), 'Memo 001 3.2 (PLAN-8)'),
       (null, 'SOCIAL_WORK_TRAJECTORY_DURATION', 6, date '2020-01-01', 'migratie', now(), 'Memo 001 3.2 (PLAN-8)'),
       (null, 'SOCIAL_WORK_EVALUATION_LEAD', 1, date '2020-01-01', 'migratie', now(), 'Memo 001 3.2 (PLAN-8)');

-- PLAN-4: one future plan per young person of a household; version is the optimistic lock.
create table future_plan
(
    id           uuid primary key,
    household_id uuid        not null references household (id),
    member_id    uuid        not null unique references household_member (id),
    -- the young person's own words: what they want, so the plan fits their motivation
    motivation   text check (length(motivation) <= 1000),
    created_by   text        not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0
);
create index future_plan_household_idx on future_plan (household_id);

-- Per life domain: the situation now, what is needed, who does what from the network and formal support.
create table future_plan_domain
(
    plan_id           uuid        not null references future_plan (id),
    domain            text        not null check (domain in ('EDUCATION', 'HOUSING', 'CARE', 'WORK_AND_INCOME',
                                                             'FINANCES', 'SOCIAL_NETWORK', 'LEISURE', 'JUSTICE')),
    current_situation text        not null check (length(current_situation) between 1 and 1000),
    needed            text        not null check (length(needed) between 1 and 1000),
    network_does      text check (length(network_does) <= 500),
    formal_does       text check (length(formal_does) <= 500),
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    primary key (plan_id, domain)
);

-- Dates around the 18th birthday: end of youth care, start of adult provisions, application deadlines.
create table future_plan_date
(
    id          uuid primary key,
    plan_id     uuid        not null references future_plan (id),
    kind        text        not null check (kind in ('END_OF_YOUTH_CARE', 'START_ADULT_PROVISION',
                                                     'APPLICATION_DEADLINE', 'OTHER')),
    due_on      date        not null,
    description text        not null check (length(description) between 1 and 200),
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index future_plan_date_plan_idx on future_plan_date (plan_id, due_on);

-- PLAN-8, PLAN-9: an adult's individual social work trajectory. The state columns are filled as the
-- trajectory moves on: registered -> clarifying -> in trajectory -> closed.
create sequence social_work_number_seq;
create table social_work_trajectory
(
    id                     uuid primary key,
    number                 text        not null unique,
    client_id              uuid        not null unique,
    municipality_code      char(4)     not null references municipality (code),
    team_id                uuid        not null references team (id),
    worker                 text        not null references app_user (username),
    resident_name          text        not null check (length(resident_name) between 1 and 100),
    resident_date_of_birth date        not null,
    question               text        not null check (length(question) between 1 and 1000),
    registered_on          date        not null,
    state                  text        not null check (state in ('REGISTERED', 'CLARIFYING', 'IN_TRAJECTORY', 'CLOSED')),
    first_conversation_on  date check (first_conversation_on >= registered_on),
    clarified_on           date check (clarified_on >= first_conversation_on),
    clarified_question     text check (length(clarified_question) <= 1000),
    kind                   text check (kind in ('REGULAR', 'SUPPORT_AND_LEAN')),
    contact_rhythm_weeks   int check (contact_rhythm_weeks between 1 and 26),
    planned_end            date,
    closed_on              date check (closed_on >= registered_on),
    exit_route             text check (exit_route in ('OWN_NETWORK', 'VOLUNTEERS', 'LOW_THRESHOLD_ACTIVITIES',
                                                      'COLLECTIVE_SOCIAL_WORK', 'WMO_TAILORED_PROVISION',
                                                      'OTHER_SPECIALISED_PROVISION')),
    created_by             text        not null,
    created_at             timestamptz not null,
    version                bigint      not null default 0,
    check ((state = 'CLOSED') = (closed_on is not null and exit_route is not null))
);
create index social_work_trajectory_team_idx on social_work_trajectory (team_id, state);

create table social_work_contact
(
    id            uuid primary key,
    trajectory_id uuid        not null references social_work_trajectory (id),
    kind          text        not null check (kind in ('CLARIFICATION', 'CONTACT', 'EVALUATION')),
    held_on       date        not null,
    initiated_by  text        not null check (initiated_by in ('WORKER', 'RESIDENT')),
    summary       text        not null check (length(summary) between 1 and 1000),
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index social_work_contact_trajectory_idx on social_work_contact (trajectory_id, held_on);
