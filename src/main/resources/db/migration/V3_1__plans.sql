-- Family plans and case direction (PLAN-1, PLAN-2, PLAN-3, PLAN-6, PLAN-7): one family, one plan, one director.
-- Personal data of the family live only in these tables. A help request is linked by its id only; this module
-- never reads intake's tables.
create sequence household_number_seq;

create table household
(
    id                uuid primary key,
    number            text        not null unique,
    -- the household is audited as one client file with a client id of its own
    client_id         uuid        not null unique,
    municipality_code char(4)     not null references municipality (code),
    -- the case team: its case workers see and change the household and its plan
    team_id           uuid        not null references team (id),
    name              text        not null check (length(name) between 1 and 100),
    -- PLAN-3: exactly one case director (regisseur), changed only explicitly (case_director_change)
    case_director     text        not null references app_user (username),
    created_by        text        not null,
    created_at        timestamptz not null,
    version           bigint      not null default 0
);
create index household_team_idx on household (team_id);

create table household_member
(
    id            uuid primary key,
    household_id  uuid        not null references household (id),
    name          text        not null check (length(name) between 1 and 100),
    date_of_birth date,
    role          text        not null check (role in ('YOUNG_PERSON', 'PARENT', 'CARER', 'NETWORK_MEMBER')),
    relation      text check (length(relation) <= 100),
    added_by      text        not null,
    added_at      timestamptz not null
);
create index household_member_household_idx on household_member (household_id);

-- A help request belongs to one household.
create table household_help_request
(
    help_request_id uuid primary key,
    household_id    uuid        not null references household (id),
    linked_by       text        not null,
    linked_at       timestamptz not null
);
create index household_help_request_household_idx on household_help_request (household_id);

create table case_director_change
(
    id            bigint generated always as identity primary key,
    household_id  uuid        not null references household (id),
    from_director text references app_user (username),
    to_director   text        not null references app_user (username),
    changed_by    text        not null,
    changed_at    timestamptz not null,
    reason        text        not null check (length(reason) between 10 and 500),
    check (from_director is distinct from to_director)
);
create index case_director_change_household_idx on case_director_change (household_id, changed_at);

-- One cooperation plan per household (PLAN-1); current_version is also the optimistic lock.
create table cooperation_plan
(
    id              uuid primary key,
    household_id    uuid   not null unique references household (id),
    current_version int    not null check (current_version >= 1)
);

-- Every change to a plan makes a new version; the family's agreement is recorded on a version (PLAN-2).
create table plan_version
(
    plan_id          uuid        not null references cooperation_plan (id),
    version_number   int         not null check (version_number >= 1),
    change           text        not null,
    created_by       text        not null,
    created_at       timestamptz not null,
    family_agrees    boolean,
    agreed_on        date,
    family_words     text check (length(family_words) <= 2000),
    agreement_by     text,
    primary key (plan_id, version_number),
    check ((family_agrees is null) = (agreed_on is null))
);

-- "Ik wil, ik kan, ik heb nodig" per person (PLAN-1); from_version is the plan version that added it.
create table plan_wish
(
    id           uuid primary key,
    plan_id      uuid        not null references cooperation_plan (id),
    member_id    uuid        not null references household_member (id),
    i_want       text check (length(i_want) <= 1000),
    i_can        text check (length(i_can) <= 1000),
    i_need       text check (length(i_need) <= 1000),
    from_version int         not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    check (coalesce(i_want, i_can, i_need) is not null)
);
create index plan_wish_plan_idx on plan_wish (plan_id);

-- Goals per life domain with the family's priority (1 = most important) and who works on it (PLAN-2).
create table plan_goal
(
    id           uuid primary key,
    plan_id      uuid        not null references cooperation_plan (id),
    life_domain  text        not null check (life_domain in ('PARENTING_AND_FAMILY', 'EDUCATION_AND_WORK', 'HEALTH',
                                                             'HOUSING', 'FINANCES', 'LEISURE_AND_NETWORK', 'SAFETY',
                                                             'DAILY_LIVING', 'JUSTICE')),
    description  text        not null check (length(description) between 1 and 1000),
    priority     int         not null check (priority between 1 and 20),
    owner        text        not null check (owner in ('FAMILY', 'NETWORK', 'PROFESSIONAL', 'PROVIDER')),
    owner_name   text check (length(owner_name) <= 100),
    from_version int         not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
create index plan_goal_plan_idx on plan_goal (plan_id);

-- Who does what by when, for a goal.
create table plan_action
(
    id             uuid primary key,
    plan_id        uuid        not null references cooperation_plan (id),
    goal_id        uuid        not null references plan_goal (id),
    description    text        not null check (length(description) between 1 and 1000),
    performer      text        not null check (performer in ('FAMILY', 'NETWORK', 'PROFESSIONAL', 'PROVIDER')),
    performer_name text        not null check (length(performer_name) between 1 and 100),
    due_on         date        not null,
    from_version   int         not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null
);
create index plan_action_plan_idx on plan_action (plan_id);

-- PLAN-6, PLAN-7: the documents a heavy step needs, with their date and outcome.
create table heavy_step_document
(
    id            uuid primary key,
    household_id  uuid        not null references household (id),
    kind          text        not null check (kind in ('EXPLANATORY_ANALYSIS', 'EIGEN_KRACHT_CONFERENCE',
                                                       'FAMILY_GROUP_PLAN')),
    document_date date        not null,
    outcome       text        not null check (length(outcome) between 1 and 2000),
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index heavy_step_document_household_idx on heavy_step_document (household_id, kind, document_date);

-- A heavy step, recorded only when ExplanatoryAnalysisRequired and EigenKrachtConferenceRequired allow it.
create table heavy_step
(
    id            uuid primary key,
    household_id  uuid        not null references household (id),
    kind          text        not null check (kind in ('OUT_OF_HOME_PLACEMENT', 'EXTENSION_OF_SUPPORT',
                                                       'SUPPORT_LONGER_THAN_TERM')),
    decided_on    date        not null,
    support_from  date,
    support_until date,
    decided_by    text        not null,
    recorded_at   timestamptz not null,
    check (support_until is null or support_from is null or support_until > support_from)
);
create index heavy_step_household_idx on heavy_step (household_id);
