-- Issue 15, item 6 (TOEW-8, visie Oldebroek): product categories within the CJG's scope from a date, the notices
-- that told each contracted provider (at least the CJG_TRANSFER_NOTICE norm ahead), the configurable list of
-- situations that stay with a specialised provider, and what a decision on an extension chose.

create table allocation_cjg_scope
(
    id                uuid primary key,
    municipality_code char(4) not null references municipality (code),
    category          char(2) not null,
    effective_from    date    not null,
    noticed_on        date    not null,
    marked_by         text    not null,
    marked_at         timestamptz not null,
    check (effective_from > noticed_on),
    -- One scope per category: a second submit of the same marking is refused, never doubled.
    unique (municipality_code, category)
);

-- One notice per provider per scope: the provider's list of what moves to the CJG and from when.
create table allocation_cjg_notice
(
    id                uuid primary key,
    scope_id          uuid    not null references allocation_cjg_scope (id),
    provider_id       uuid    not null references allocation_provider (id),
    municipality_code char(4) not null references municipality (code),
    noticed_on        date    not null,
    unique (scope_id, provider_id)
);
create index allocation_cjg_notice_provider_idx on allocation_cjg_notice (provider_id);

-- Situations out of the CJG's scope. Rows without a municipality are the Oldebroek defaults a municipality uses
-- until it keeps its own list (its first change copies the defaults).
create table allocation_cjg_out_of_scope
(
    id                uuid primary key,
    municipality_code char(4) references municipality (code),
    label             text    not null check (length(label) between 1 and 200),
    position          integer not null,
    withdrawn_by      text,
    withdrawn_at      timestamptz
);
create unique index allocation_cjg_out_of_scope_label_idx
    on allocation_cjg_out_of_scope (coalesce(municipality_code, '----'), lower(label)) where withdrawn_at is null;

insert into allocation_cjg_out_of_scope (id, municipality_code, label, position)
values (gen_random_uuid(), null, 'Ondersteuning die voortkomt uit niet-aangeboren hersenletsel', 1),
       (gen_random_uuid(), null, 'Ondersteuning die voortkomt uit psychiatrische problematiek', 2),
       (gen_random_uuid(), null, 'Ondersteuning die voortkomt uit complexe echtscheidingen', 3),
       (gen_random_uuid(), null, 'Ondersteuning die voortkomt uit verslavingen', 4),
       (gen_random_uuid(), null, 'Langdurige ondersteuning van gezinnen met een laag verstandelijke beperking', 5),
       (gen_random_uuid(), null, 'Ondersteuning die voortkomt uit een zware verstandelijke beperking, lichamelijke beperking of meervoudige beperking', 6),
       (gen_random_uuid(), null, 'Ondersteuning die voortkomt uit terminale zorg', 7);

-- What the decision on an extension chose for products within the CJG's scope.
alter table allocation_decision
    add column cjg_choice    text not null default 'NONE' check (cjg_choice in ('NONE', 'TRANSFER', 'OUT_OF_SCOPE')),
    add column cjg_situation text;

-- A product of an extension that moved to the CJG: no allocation to a provider is made for it.
create table allocation_cjg_transfer
(
    line_id           uuid primary key references allocation_arrangement_line (id),
    decision_id       uuid    not null references allocation_decision (id),
    municipality_code char(4) not null references municipality (code),
    category          char(2) not null,
    valid_from        date    not null,
    valid_until       date    not null
);
create index allocation_cjg_transfer_decision_idx on allocation_cjg_transfer (decision_id);
