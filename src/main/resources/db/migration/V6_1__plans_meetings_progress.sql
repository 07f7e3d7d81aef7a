-- Multidisciplinary meetings (MDO), goal progress and evaluations of a household's plan (PLAN-1, PLAN-5).

-- An MDO of a household: everyone involved, the resident/family always invited. A meeting where no one of the
-- family was present keeps the reason why. produced_version is the plan version the meeting produced.
create table plan_meeting
(
    id               uuid primary key,
    household_id     uuid        not null references household (id),
    held_on          date        not null,
    family_present   boolean     not null,
    absence_reason   text check (length(absence_reason) <= 1000),
    produced_version int         not null,
    next_meeting_on  date,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    check (family_present or absence_reason is not null)
);
create index plan_meeting_household_idx on plan_meeting (household_id, held_on);

create table plan_meeting_participant
(
    meeting_id   uuid    not null references plan_meeting (id),
    position     int     not null,
    name         text    not null check (length(name) between 1 and 100),
    kind         text    not null check (kind in ('FAMILY', 'NETWORK', 'PROFESSIONAL', 'PROVIDER')),
    present      boolean not null,
    primary key (meeting_id, position)
);

-- Agenda items and decisions of a meeting, in their order.
create table plan_meeting_item
(
    meeting_id uuid not null references plan_meeting (id),
    kind       text not null check (kind in ('AGENDA', 'DECISION')),
    position   int  not null,
    text       text not null check (length(text) between 1 and 1000),
    primary key (meeting_id, kind, position)
);

-- Progress on a goal over time: a score from 1 to 10 and a status, with date and who recorded it (PLAN-5).
create table goal_progress
(
    id          uuid primary key,
    goal_id     uuid        not null references plan_goal (id),
    measured_on date        not null,
    score       int         not null check (score between 1 and 10),
    status      text        not null check (status in ('NOT_STARTED', 'ON_TRACK', 'REALISED', 'NOT_REALISED',
                                                       'STOPPED')),
    note        text check (length(note) <= 1000),
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index goal_progress_goal_idx on goal_progress (goal_id, measured_on);

-- An evaluation of the plan at an MDO, at closure or at a handover, with the goal counts at that moment and,
-- at closure and handover, the CBS continuation outcome (PLAN-5, MON-3).
create table plan_evaluation
(
    id               uuid primary key,
    household_id     uuid        not null references household (id),
    moment           text        not null check (moment in ('MDO', 'CLOSURE', 'HANDOVER')),
    evaluated_on     date        not null,
    meeting_id       uuid references plan_meeting (id),
    outcome          text check (outcome in ('CONTINUES_WITHOUT_HELP', 'LIGHTER_HELP_SUFFICES',
                                             'NO_HELP_NOW_MAYBE_LATER', 'SAME_OR_HEAVIER_HELP_NEEDED')),
    remarks          text check (length(remarks) <= 2000),
    remarks_internal boolean     not null default true,
    goals_agreed     int         not null,
    goals_realised   int         not null,
    goals_improved   int         not null,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    check ((moment = 'MDO') = (meeting_id is not null)),
    check ((moment = 'MDO') = (outcome is null))
);
create index plan_evaluation_household_idx on plan_evaluation (household_id, evaluated_on);
