-- Issue 15, item 1 (TOEW-2, TOEW-6): a product's name, unit and frequency can be changed (its category and code
-- never), and a contract's tariff line can be given an end. Both on the version the keeper saw; every end given to a
-- tariff line is kept with who gave it, so the line's earlier last day stays readable.
alter table allocation_product add column version bigint not null default 0;

alter table allocation_tariff add column version bigint not null default 0;

create table allocation_tariff_end
(
    id             uuid primary key,
    tariff_id      uuid not null references allocation_tariff (id),
    previous_until date,
    new_until      date not null,
    ended_by       text not null,
    ended_at       timestamptz not null
);
create index allocation_tariff_end_tariff_idx on allocation_tariff_end (tariff_id);
