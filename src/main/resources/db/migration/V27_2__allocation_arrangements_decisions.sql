-- Issue 15, items 4-5 (TOEW-1, TOEW-2, TOEW-4, TOEW-5): applications for specialised care as allocation learns of
-- them from intake's events (TOE-8), the arrangement agreed in the triangle, the decision, and the allocations it
-- makes (one per product, with a number unique per municipality, as iJw's ToewijzingNummer), crisis care started
-- before a decision. Client data: only the young person's pseudonymous client id, never a name or BSN.

create table allocation_application
(
    help_request_id   uuid primary key,
    municipality_code char(4) not null references municipality (code),
    team_id           uuid    not null references team (id),
    applied_on        date    not null
);

create table allocation_arrangement
(
    id                uuid primary key,
    help_request_id   uuid    not null unique references allocation_application (help_request_id),
    municipality_code char(4) not null references municipality (code),
    team_id           uuid    not null references team (id),
    young_person      uuid,
    family_agreed_on  date,
    family_agreed_by  text,
    decided           boolean not null default false,
    version           bigint  not null default 0,
    created_by        text    not null,
    created_at        timestamptz not null
);

create table allocation_arrangement_line
(
    id             uuid primary key,
    arrangement_id uuid    not null references allocation_arrangement (id),
    position       integer not null,
    product_id     uuid    not null references allocation_product (id),
    provider_id    uuid    not null references allocation_provider (id),
    contract_id    uuid    not null references allocation_contract (id),
    volume         integer not null check (volume between 1 and 99999999),
    valid_from     date    not null,
    valid_until    date    not null,
    goal           text    not null default '',
    check (valid_until >= valid_from),
    unique (arrangement_id, position)
);

create table allocation_decision
(
    id                uuid primary key,
    arrangement_id    uuid    not null unique references allocation_arrangement (id),
    municipality_code char(4) not null references municipality (code),
    legal_route       text    not null,
    referrer_agb      char(8),
    financing         text    not null check (financing in ('IN_KIND', 'PGB')),
    extension         boolean not null,
    decided_on        date    not null,
    decided_by        text    not null,
    decided_at        timestamptz not null
);

create table allocation_number_counter
(
    municipality_code char(4) primary key references municipality (code),
    last_value        bigint  not null
);

create table allocation_allocation
(
    id                uuid primary key,
    decision_id       uuid    not null references allocation_decision (id),
    line_id           uuid    not null unique references allocation_arrangement_line (id),
    municipality_code char(4) not null references municipality (code),
    number            bigint  not null check (number between 1 and 999999999),
    help_request_id   uuid    not null,
    team_id           uuid    not null,
    young_person      uuid,
    product_id        uuid    not null references allocation_product (id),
    provider_id       uuid    not null references allocation_provider (id),
    contract_id       uuid    not null references allocation_contract (id),
    category          char(2) not null,
    volume            integer not null,
    unit              char(2) not null,
    frequency         char(1) not null,
    valid_from        date    not null,
    valid_until       date    not null,
    financing         text    not null check (financing in ('IN_KIND', 'PGB')),
    budget_cents      bigint  not null,
    unique (municipality_code, number)
);
create index allocation_allocation_provider_idx on allocation_allocation (provider_id);
create index allocation_allocation_person_idx on allocation_allocation (young_person, product_id);

-- TOEW-1: crisis care may start before a decision, for at most the CRISIS_CARE_WITHOUT_DECISION norm.
create table allocation_crisis_care
(
    id                uuid primary key,
    help_request_id   uuid    not null,
    municipality_code char(4) not null references municipality (code),
    team_id           uuid    not null references team (id),
    provider_id       uuid    not null references allocation_provider (id),
    product_id        uuid    not null references allocation_product (id),
    started_on        date    not null,
    recorded_by       text    not null,
    recorded_at       timestamptz not null
);
