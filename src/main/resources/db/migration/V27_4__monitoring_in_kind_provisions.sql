-- Issue 15, item 8 (MON-8, MON-5, MON-6): monitoring's own read models of allocation's events: each allocation
-- decided (no personal data: number, category, financing, dates, budget, region, bridging care, residential,
-- family-based, extension) and the latest waiting time per provider and product.
create table monitoring_in_kind_provision
(
    municipality_code char(4) not null,
    allocation_number bigint  not null,
    category          char(2) not null,
    financing         text    not null,
    valid_from        date    not null,
    valid_until       date    not null,
    budget_cents      bigint  not null,
    in_region         boolean not null,
    bridging_care     boolean not null,
    residential       boolean not null,
    family_based      boolean not null,
    extension         boolean not null,
    decided_on        date    not null,
    primary key (municipality_code, allocation_number)
);

create table monitoring_provider_wait
(
    municipality_code char(4) not null,
    agb_code          char(8) not null,
    category          char(2) not null,
    product_code      text    not null,
    weeks             integer not null,
    reported_on       date    not null,
    primary key (municipality_code, agb_code, category, product_code)
);
