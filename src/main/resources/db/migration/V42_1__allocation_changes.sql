-- Issue 16 (TOEW-1, TOEW-7): an allocation is ended early, changed in volume or withdrawn the way iJw prescribes
-- (OP033x1, JZ002, TR385). A volume change of an allocation whose frequency is not "total within the validity"
-- ends it and decides a new allocation with a new number for the same arrangement line: the line is no longer
-- unique, only the allocation first decided for it is.
alter table allocation_allocation drop constraint allocation_allocation_line_id_key;
alter table allocation_allocation
    add column replaces     bigint check (replaces between 1 and 999999999),
    add column replaced_by  bigint check (replaced_by between 1 and 999999999),
    add column withdrawn_at timestamptz;
create unique index allocation_allocation_first_of_line_idx on allocation_allocation (line_id) where replaces is null;
create unique index allocation_allocation_replaces_idx on allocation_allocation (municipality_code, replaces)
    where replaces is not null;

-- Every change of an allocation: who, when, what and why (shown on the allocation's page; no personal data).
create table allocation_allocation_change
(
    id                uuid primary key,
    allocation_id     uuid        not null references allocation_allocation (id),
    municipality_code char(4)     not null references municipality (code),
    allocation_number bigint      not null,
    kind              text        not null check (kind in ('ENDED', 'VOLUME_CHANGED', 'REPLACED', 'REPLACEMENT',
                                                           'WITHDRAWN')),
    reason            char(2),
    until_before      date,
    until_after       date,
    volume_before     integer,
    volume_after      integer,
    other_number      bigint,
    changed_by        text        not null,
    changed_at        timestamptz not null
);
create index allocation_allocation_change_allocation_idx on allocation_allocation_change (allocation_id, changed_at);
