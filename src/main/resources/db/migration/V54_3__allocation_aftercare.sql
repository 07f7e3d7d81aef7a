-- MON-5 (ADR 0058): the aftercare decision (nazorg) of an allocation whose care has ended: the CJG from a day, another
-- party (free text, at most 100 characters) from a day, or none needed. One row per allocation; a change replaces it
-- with the next version (optimistic: the writer names the version it saw). The allocation's number is kept for
-- monitoring's event and the team's list.
create table allocation_aftercare
(
    allocation_id     uuid        primary key references allocation_allocation (id),
    municipality_code char(4)     not null references municipality (code),
    allocation_number bigint      not null check (allocation_number between 1 and 999999999),
    kind              text        not null check (kind in ('CJG', 'OTHER_PARTY', 'NONE')),
    starts_on         date,
    party             text        check (party is null or char_length(party) between 1 and 100),
    version           bigint      not null check (version >= 1),
    recorded_by       text        not null,
    recorded_at       timestamptz not null,
    unique (municipality_code, allocation_number),
    check ((kind = 'NONE') = (starts_on is null)),
    check ((kind = 'OTHER_PARTY') = (party is not null))
);

-- The team's list "Nazorg nog vast te leggen": its allocations that still count (not withdrawn or replaced) by last day.
create index allocation_allocation_team_until_idx on allocation_allocation (municipality_code, team_id, valid_until)
    where withdrawn_at is null and replaced_by is null;
