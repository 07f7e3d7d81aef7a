-- Issue 15, items 1-3 (TOEW-2, TOEW-3, TOEW-6): the regional product list, providers with their AGB code,
-- contracts with their products and versioned tariffs, provider accounts and reported waiting times.
-- Money in whole cents (ADR 0007). Everything is scoped to one municipality.

create table allocation_product
(
    id                uuid primary key,
    municipality_code char(4) not null references municipality (code),
    category          char(2) not null,
    code              text    not null check (code ~ '^[A-Z0-9]{1,5}$'),
    name              text    not null check (length(name) between 1 and 200),
    unit              char(2) not null,
    frequency         char(1) not null,
    unique (municipality_code, category, code)
);

create table allocation_provider
(
    id                uuid primary key,
    municipality_code char(4) not null references municipality (code),
    name              text    not null check (length(name) between 1 and 200),
    agb_code          char(8) not null check (agb_code ~ '^[0-9]{8}$'),
    version           bigint  not null default 0,
    unique (municipality_code, agb_code)
);

create table allocation_contract
(
    id                uuid primary key,
    provider_id       uuid    not null references allocation_provider (id),
    municipality_code char(4) not null references municipality (code),
    procurement_route text    not null check (procurement_route in ('OPEN_HOUSE', 'TENDERED')),
    in_region         boolean not null,
    bridging_care     boolean not null,
    terms             text    not null default '',
    valid_from        date    not null,
    valid_until       date,
    version           bigint  not null default 0,
    check (valid_until is null or valid_until >= valid_from)
);
create index allocation_contract_provider_idx on allocation_contract (provider_id);

create table allocation_contract_product
(
    contract_id uuid not null references allocation_contract (id),
    product_id  uuid not null references allocation_product (id),
    primary key (contract_id, product_id)
);
create index allocation_contract_product_product_idx on allocation_contract_product (product_id);

-- Tariffs are never overwritten: a new tariff is a new row with its own period. Overlaps are refused by the
-- service while the contract row is locked (TariffPeriodsDoNotOverlap).
create table allocation_tariff
(
    id             uuid primary key,
    contract_id    uuid    not null references allocation_contract (id),
    product_id     uuid    not null references allocation_product (id),
    amount_cents   bigint  not null check (amount_cents between 0 and 99999999),
    effective_from date    not null,
    effective_until date,
    entered_by     text    not null,
    entered_at     timestamptz not null,
    check (effective_until is null or effective_until >= effective_from),
    foreign key (contract_id, product_id) references allocation_contract_product (contract_id, product_id)
);
create index allocation_tariff_contract_idx on allocation_tariff (contract_id, product_id, effective_from);

-- A PROVIDER-role user works for one provider organisation and sees only its contracts, allocations and waits.
create table allocation_provider_account
(
    username          text primary key references app_user (username),
    provider_id       uuid    not null references allocation_provider (id),
    municipality_code char(4) not null references municipality (code),
    linked_by         text    not null,
    linked_at         timestamptz not null
);

-- Every report is kept; the latest per provider and product is the one shown.
create table allocation_waiting_time
(
    id                uuid primary key,
    provider_id       uuid    not null references allocation_provider (id),
    product_id        uuid    not null references allocation_product (id),
    municipality_code char(4) not null references municipality (code),
    weeks             integer not null check (weeks between 0 and 520),
    reported_on       date    not null,
    reported_by       text    not null,
    reported_as       text    not null check (reported_as in ('PROVIDER', 'MUNICIPALITY')),
    recorded_at       timestamptz not null
);
create index allocation_waiting_time_latest_idx on allocation_waiting_time (provider_id, product_id, reported_on desc, recorded_at desc);

-- Norms of the allocation module (ADR 0005), for every municipality and as product defaults.
insert into norm_key (key)
values ('WAITING_TIME_STALE_AFTER'), ('ACCEPTABLE_CARE_WAIT'), ('ALLOCATION_MAXIMUM_TERM'),
       ('CRISIS_CARE_WITHOUT_DECISION'), ('CJG_TRANSFER_NOTICE');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
select m.code, n.key, n.amount, date '2020-01-01', 'migratie', now(), n.note
from (select code from municipality union all select null) m
cross join (values ('WAITING_TIME_STALE_AFTER', 4, 'TOEW-6; wachttijden ouder dan 4 weken zijn verouderd'),
                   ('ACCEPTABLE_CARE_WAIT', 8, 'TOEW-6; gelijk aan de doorlooptijd toeleiding naar zorg (TOE-8)'),
                   ('ALLOCATION_MAXIMUM_TERM', 12, 'TOEW-5; visie Oldebroek: beschikkingen maximaal een jaar'),
                   ('CRISIS_CARE_WITHOUT_DECISION', 4, 'TOEW-1; crisiszorg de eerste 4 weken zonder beschikking'),
                   ('CJG_TRANSFER_NOTICE', 6, 'TOEW-8; aanbieders 6 maanden vooraf geïnformeerd')) as n (key, amount, note);
