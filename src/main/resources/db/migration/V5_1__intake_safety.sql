-- TOE-14: safety per help request. The steps of the Meldcode huiselijk geweld en kindermishandeling (in order,
-- each with a date and a note), safety plans, safety actions (Veilig Thuis, beschermingstafel, Raad voor de
-- Kinderbescherming) and key decisions taken without the parents' agreement. Rows are added, never changed:
-- the file shows the history.
create table safety_step
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    step            text        not null check (step in ('SIGNALS_MAPPED', 'CONSULTATION', 'CONVERSATION',
                                                         'WEIGHING', 'DECISION')),
    taken_on        date        not null,
    note            text        not null check (length(note) <= 2000),
    decision        text check (decision in ('ORGANISE_HELP', 'REPORT', 'ORGANISE_HELP_AND_REPORT')),
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    -- a step is recorded once; the order is checked by the domain, the decision belongs to step 5 only
    unique (help_request_id, step),
    check ((step = 'DECISION') = (decision is not null))
);

create table safety_plan
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    agreements      text        not null check (length(agreements) <= 2000),
    responsible     text        not null check (length(responsible) <= 200),
    review_on       date        not null,
    recorded_on     date        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index safety_plan_request_idx on safety_plan (help_request_id);

create table safety_action
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    kind            text        not null check (kind in ('VEILIG_THUIS_REPORT', 'PROTECTION_TABLE',
                                                         'CHILD_PROTECTION_INVESTIGATION')),
    taken_on        date        not null,
    outcome         text        not null check (length(outcome) <= 2000),
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index safety_action_request_idx on safety_action (help_request_id);

create table safety_key_decision
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    decided_on      date        not null,
    decision        text        not null check (length(decision) <= 2000),
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index safety_key_decision_request_idx on safety_key_decision (help_request_id);
