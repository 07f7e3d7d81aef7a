-- Issue 16 (TOEW-7, BEY-5, ADR 0036): every iJw message in and out with its retour, and the starts and stops of care
-- providers reported, which the level-3 rules judge against.

create table messaging_message
(
    id                uuid primary key,
    municipality_code char(4)     not null references municipality (code),
    direction         text        not null check (direction in ('SENT', 'RECEIVED')),
    type              char(5)     not null,
    sender            text        not null,
    receiver          text        not null,
    identification    text        not null check (length(identification) between 1 and 12),
    date_stamp        date        not null,
    provider_agb      char(8)     not null,
    content_hash      char(64)    not null,
    body              bytea       not null,
    outcome           text        not null check (outcome in ('ACCEPTED', 'REJECTED', 'SENT')),
    remarks           text        not null default '',
    -- The client's BSN and the allocation numbers, so the history can be searched per client and allocation.
    client_bsn        char(9),
    allocation_numbers bigint[]   not null default '{}',
    retour_type       char(5),
    retour_identification text,
    retour_body       bytea,
    -- A later message with an identification already used (TR056) is kept, pointing at the first.
    duplicate_of      uuid references messaging_message (id),
    exchanged_at      timestamptz not null
);
-- Idempotency and TR056: one message per municipality, sender, type and identification.
create unique index messaging_message_identification_idx on messaging_message (municipality_code, sender, type, identification)
    where duplicate_of is null;
create index messaging_message_provider_idx on messaging_message (municipality_code, provider_agb, exchanged_at desc);
create index messaging_message_client_idx on messaging_message (municipality_code, client_bsn);
create index messaging_message_allocation_idx on messaging_message using gin (allocation_numbers);

create table messaging_delivery
(
    id                uuid primary key,
    municipality_code char(4)  not null references municipality (code),
    provider_agb      char(8)  not null,
    kind              text     not null check (kind in ('START', 'STOP')),
    client_bsn        char(9)  not null,
    allocation_number bigint   not null,
    start_date        date     not null,
    end_date          date,
    reason            char(2),
    deleted           boolean  not null default false,
    message_id        uuid     not null references messaging_message (id),
    deleted_by        uuid references messaging_message (id)
);
create index messaging_delivery_allocation_idx on messaging_delivery (municipality_code, allocation_number) where not deleted;
