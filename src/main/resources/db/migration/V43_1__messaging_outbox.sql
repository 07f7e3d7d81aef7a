-- Issue 16 (TOEW-7, ADR 0046): the municipality's outgoing JW301s. Every allocation decision or change is one outbox
-- entry (unique per change, so a redelivered event makes no second message); it waits while the client's BSN is
-- missing, is refused when not schema-valid, and is sent after commit. The message itself is a messaging_message row
-- with direction SENT; the provider's JW302 is a RECEIVED row that answers it.

create sequence messaging_outgoing_identification_seq;

create table messaging_outbox
(
    id                uuid primary key,
    -- The order the changes were recorded in (the clock may give several the same moment).
    seq               bigint generated always as identity unique,
    municipality_code char(4)     not null references municipality (code),
    change_key        text        not null,
    change_kind       text        not null check (change_kind in ('DECIDED', 'ENDED', 'VOLUME_CHANGED', 'WITHDRAWN')),
    allocation_number bigint      not null,
    provider_agb      char(8)     not null,
    status            text        not null check (status in ('WAITING_BSN', 'INVALID', 'READY', 'SENT')),
    problem           text,
    message_id        uuid references messaging_message (id),
    created_at        timestamptz not null,
    sent_at           timestamptz,
    unique (municipality_code, change_key)
);
create index messaging_outbox_list_idx on messaging_outbox (municipality_code, seq desc);
create index messaging_outbox_allocation_idx on messaging_outbox (municipality_code, allocation_number);

-- What the municipality last decided about an allocation after its decision (OP033x1, IV013): a new end date, a new
-- volume (frequency "total" only), the JZ002 reason, when it was established, and whether it was withdrawn (JZ002 13).
create table messaging_allocation_state
(
    municipality_code char(4)     not null references municipality (code),
    allocation_number bigint      not null,
    valid_until       date,
    volume            integer,
    change_reason     char(2),
    changed_at        timestamptz not null,
    withdrawn         boolean     not null default false,
    -- The allocation that replaces this one after a volume change (a new ToewijzingNummer), so the new one's
    -- Toewijzingsdatum and -tijd are the moment of the change (IV013), not of the first decision.
    replaced_by       bigint,
    primary key (municipality_code, allocation_number)
);

-- A JW302 names the JW301 it answers.
alter table messaging_message add column answers_id uuid references messaging_message (id);
create index messaging_message_answers_idx on messaging_message (answers_id) where answers_id is not null;
