-- Issue 15, item 8 (MON-5, MON-6): more of monitoring's own read models of allocation's events.
-- Where each allocation stands against the young person's 18th birthday (a band, no age or date of birth); rows
-- from before this migration are UNKNOWN.
alter table monitoring_in_kind_provision
    add column adulthood text not null default 'UNKNOWN'
        check (adulthood in ('UNDER_18', 'TURNS_18_DURING', 'ADULT_AT_START', 'UNKNOWN'));

-- Which earlier allocation a later one continues (the same young person, without a gap): an allocation that ends
-- and that none continues is outflow.
create table monitoring_allocation_continuation
(
    municipality_code char(4) not null,
    allocation_number bigint  not null,
    continued_by      bigint  not null,
    primary key (municipality_code, allocation_number, continued_by)
);

-- TOEW-8 → MON-6 (heavy → light): an extension within the CJG's scope moved to the CJG; no personal data.
create table monitoring_cjg_transfer
(
    transfer_id       uuid    primary key,
    municipality_code char(4) not null,
    category          char(2) not null,
    valid_from        date    not null,
    valid_until       date    not null,
    decided_on        date    not null
);

create index monitoring_cjg_transfer_decided_idx on monitoring_cjg_transfer (municipality_code, decided_on);
