-- Governance of the assignment (STU-6, memo 001 section 6): the meeting rhythm, meetings with an agenda prepared
-- from what changed, minutes and decisions per agenda item, and new assignment requests with an impact analysis.
-- No client data.

-- The rhythm per meeting type: configuration per municipality; rows without a municipality are the product
-- defaults from memo 001 (ADR 0015).
create table steering_meeting_rhythm
(
    id                bigint generated always as identity primary key,
    municipality_code char(4) references municipality (code),
    meeting_type      text        not null check (meeting_type in ('TRANSFORMATION', 'ALIGNMENT', 'ADMINISTRATIVE',
                                                                   'REGIONAL_ADMINISTRATIVE', 'COUNCIL_INFORMATION')),
    -- EVERY_WEEKS: once every <frequency> weeks; PER_YEAR: at least <frequency> times per calendar year.
    kind              text        not null check (kind in ('EVERY_WEEKS', 'PER_YEAR')),
    frequency         int         not null check (frequency between 1 and 52),
    -- The month around which a yearly meeting takes place (the council is informed around July).
    anchor_month      int check (anchor_month between 1 and 12),
    changed_by        text        not null,
    changed_at        timestamptz not null,
    version           int         not null default 0,
    constraint steering_meeting_rhythm_one_per_type unique nulls not distinct (municipality_code, meeting_type)
);

insert into steering_meeting_rhythm (municipality_code, meeting_type, kind, frequency, anchor_month, changed_by, changed_at)
values (null, 'TRANSFORMATION', 'EVERY_WEEKS', 3, null, 'migratie', now()),
       (null, 'ALIGNMENT', 'EVERY_WEEKS', 6, null, 'migratie', now()),
       (null, 'ADMINISTRATIVE', 'PER_YEAR', 4, null, 'migratie', now()),
       (null, 'REGIONAL_ADMINISTRATIVE', 'PER_YEAR', 4, null, 'migratie', now()),
       (null, 'COUNCIL_INFORMATION', 'PER_YEAR', 1, 7, 'migratie', now());

-- A meeting of one type on one day, for the municipality's assignment.
create table steering_meeting
(
    id                bigint generated always as identity primary key,
    municipality_code char(4)     not null references municipality (code),
    assignment_id     bigint      not null references steering_assignment (id),
    meeting_type      text        not null check (meeting_type in ('TRANSFORMATION', 'ALIGNMENT', 'ADMINISTRATIVE',
                                                                   'REGIONAL_ADMINISTRATIVE', 'COUNCIL_INFORMATION')),
    held_on           date        not null,
    -- The agenda covers what changed from this day on (the previous meeting of the type), null for the first one.
    changes_since     date,
    planned_by        text        not null,
    planned_at        timestamptz not null,
    version           int         not null default 0,
    unique (municipality_code, meeting_type, held_on)
);
create index steering_meeting_assignment_idx on steering_meeting (assignment_id);

-- An agenda item, prepared from a change (a risk, a norm, a budget deviation, a new assignment request); the
-- minutes and the decision are recorded against it.
create table steering_agenda_item
(
    id          bigint generated always as identity primary key,
    meeting_id  bigint      not null references steering_meeting (id),
    position    int         not null,
    kind        text        not null check (kind in ('RISK', 'NORM', 'BUDGET', 'REQUEST')),
    subject_id  bigint,
    title       text        not null,
    detail      text        not null default '',
    minutes     text        not null default '',
    decision    text        not null default '',
    recorded_by text,
    recorded_at timestamptz,
    version     int         not null default 0,
    unique (meeting_id, position)
);

-- A new assignment request (nieuwe opdracht) with its impact analysis and the decision on it.
create table steering_assignment_request
(
    id                bigint generated always as identity primary key,
    assignment_id     bigint        not null references steering_assignment (id),
    title             text          not null,
    current_situation text          not null,
    desired_situation text          not null,
    fit               text          not null,
    fte               numeric(6, 2) not null check (fte >= 0),
    budget_cents      bigint        not null check (budget_cents >= 0),
    source_of_funds   text          not null,
    -- The type of work it extends; null means an accepted request becomes a new type of work for this target group.
    type_of_work_id   bigint references steering_type_of_work (id),
    target_group      text          not null check (target_group in ('YOUTH', 'ADULTS')),
    submitted_by      text          not null,
    submitted_at      timestamptz   not null,
    status            text          not null default 'REQUESTED' check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED')),
    decision_reason   text,
    decided_on        date,
    decided_by        text,
    version           int           not null default 0,
    check ((status = 'REQUESTED') = (decision_reason is null and decided_on is null))
);
create index steering_assignment_request_assignment_idx on steering_assignment_request (assignment_id);
