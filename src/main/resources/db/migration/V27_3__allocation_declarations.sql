-- Issue 15, item 7 (TOEW-9): the tariff an allocation's budget was computed with, and the declarations against it.
alter table allocation_allocation add column tariff_cents bigint not null default 0;

create table allocation_declaration
(
    id                uuid primary key,
    allocation_id     uuid    not null references allocation_allocation (id),
    municipality_code char(4) not null references municipality (code),
    period_from       date    not null,
    period_until      date    not null,
    units             integer not null check (units > 0),
    tariff_cents      bigint  not null check (tariff_cents >= 0),
    amount_cents      bigint  not null,
    source            text    not null check (source in ('ENTERED', 'CSV')),
    declared_by       text    not null,
    declared_at       timestamptz not null,
    check (period_until >= period_from)
);
create index allocation_declaration_allocation_idx on allocation_declaration (allocation_id);
