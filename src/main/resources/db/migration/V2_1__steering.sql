-- Steering on goals and results (STU-1 to STU-4, STU-7): the municipality's assignment to its welfare provider,
-- per year. No client data: only types of work, goals, core conditions, risks and money.
create table steering_assignment
(
    id                bigint generated always as identity primary key,
    municipality_code char(4) not null references municipality (code),
    year              int     not null check (year between 2000 and 2100),
    provider_name     text    not null,
    title             text    not null,
    source            text    not null,
    -- STU-7: the budget is known in advance and not exceeded; financing lines are checked against it.
    budget_cap_cents  bigint  not null check (budget_cap_cents >= 0),
    unique (municipality_code, year)
);

-- A type of work (werksoort), with its desired situation and effect chain (STU-1, STU-2).
create table steering_type_of_work
(
    id                bigint generated always as identity primary key,
    assignment_id     bigint not null references steering_assignment (id),
    position          int    not null,
    code              text   not null check (code ~ '^[A-Z_]+$'),
    name              text   not null,
    target_group      text   not null check (target_group in ('YOUTH', 'ADULTS')),
    desired_situation text   not null,
    -- The effect chain; empty where the source document does not describe it.
    chain_input       text   not null default '',
    chain_throughput  text   not null default '',
    chain_output      text   not null default '',
    chain_outcome     text   not null default '',
    chain_impact      text   not null default '',
    unique (assignment_id, position),
    unique (assignment_id, code)
);

create table steering_goal
(
    id              bigint generated always as identity primary key,
    type_of_work_id bigint not null references steering_type_of_work (id),
    position        int    not null,
    -- The main goal (hoofddoel) the goal belongs to, where the document groups them.
    heading         text,
    text            text   not null,
    unique (type_of_work_id, position)
);

create table steering_core_condition
(
    id              bigint generated always as identity primary key,
    type_of_work_id bigint not null references steering_type_of_work (id),
    position        int    not null,
    title           text   not null,
    text            text   not null,
    unique (type_of_work_id, position)
);

-- The risk register (STU-3). The effect is computed by the database from probability and damage, never typed.
create table steering_risk
(
    id                bigint generated always as identity primary key,
    type_of_work_id   bigint   not null references steering_type_of_work (id),
    position          int      not null,
    description       text     not null,
    kind              text     not null check (kind in ('RISK', 'OPPORTUNITY', 'PRECONDITION')),
    probability       smallint not null check (probability between 1 and 3),
    damage            smallint not null check (damage between 1 and 3),
    effect            smallint generated always as (probability * damage) stored,
    precondition      text     not null default '',
    responsible_party text     not null default '',
    where_agreed      text     not null default '',
    monitoring_owner  text     not null default '',
    version           int      not null default 0,
    unique (type_of_work_id, position)
);

-- Every re-assessment of a risk, with the values before and after: the history is never rewritten.
create table steering_risk_assessment
(
    id                   bigint generated always as identity primary key,
    risk_id              bigint      not null references steering_risk (id),
    previous_probability smallint    not null check (previous_probability between 1 and 3),
    previous_damage      smallint    not null check (previous_damage between 1 and 3),
    probability          smallint    not null check (probability between 1 and 3),
    damage               smallint    not null check (damage between 1 and 3),
    note                 text        not null,
    assessed_by          text        not null,
    assessed_at          timestamptz not null
);
create index steering_risk_assessment_risk_idx on steering_risk_assessment (risk_id);

-- Financing lines (STU-4). Subtotals and totals are always computed from these lines. The Proeftuin Ruwaard
-- budget is kept apart: it belongs to no type of work and is not bound to the norms of the assignment.
create table steering_financing_line
(
    id              bigint generated always as identity primary key,
    assignment_id   bigint  not null references steering_assignment (id),
    type_of_work_id bigint references steering_type_of_work (id),
    position        int     not null,
    label           text    not null,
    fte             numeric(6, 2) check (fte >= 0),
    amount_cents    bigint  not null check (amount_cents >= 0),
    category        text    not null check (category in ('STAFF', 'ACTIVITY_BUDGET', 'HOUSING', 'OTHER')),
    target_group    text check (target_group in ('YOUTH', 'ADULTS')),
    proeftuin       boolean not null default false,
    added_by        text    not null,
    added_at        timestamptz not null,
    check (proeftuin or (type_of_work_id is not null and target_group is not null)),
    unique (assignment_id, position)
);
create index steering_financing_line_type_idx on steering_financing_line (type_of_work_id);

-- What the source document says (its subtotals, the Proeftuin amount): shown next to the computed figures,
-- never used in a computation.
create table steering_stated_figure
(
    id              bigint generated always as identity primary key,
    assignment_id   bigint not null references steering_assignment (id),
    type_of_work_id bigint references steering_type_of_work (id),
    kind            text   not null check (kind in ('SUBTOTAL', 'PROEFTUIN')),
    label           text   not null,
    fte             numeric(6, 2),
    amount_cents    bigint not null,
    source          text   not null,
    check (kind = 'PROEFTUIN' or type_of_work_id is not null)
);
