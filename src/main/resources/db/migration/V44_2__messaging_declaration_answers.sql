-- Issue 16 (BEY-5, TOEW-7, ADR 0047): a JW323 declaration and its JW325 answer, line by line.
-- The JW325 is kept as a message sent, pointing at the JW323 it answers.
alter table messaging_message
    add column answers            uuid references messaging_message (id),
    -- A JW323's DeclaratieNummer, unique per provider (TR333).
    add column declaration_number text;
create index messaging_message_declaration_number_idx on messaging_message (municipality_code, provider_agb, declaration_number)
    where declaration_number is not null;
-- One JW325 per JW323 (the JW302 link of ADR 0046 is the separate column answers_id).
create unique index messaging_message_declaration_answer_idx on messaging_message (answers) where answers is not null;

-- Every line of a received JW323 with the codes it got: none when approved, else the rules' WJ001 codes.
create table messaging_declared_line
(
    message_id        uuid    not null references messaging_message (id),
    position          integer not null,
    client_bsn        char(9) not null,
    reference         text    not null,
    allocation_number bigint  not null,
    product_category  char(2) not null,
    product_code      text,
    period_from       date    not null,
    period_until      date    not null,
    volume            bigint  not null,
    unit              char(2) not null,
    tariff_cents      bigint  not null,
    amount_cents      bigint  not null,
    credit            boolean not null,
    approved          boolean not null,
    codes             text    not null default '',
    primary key (message_id, position)
);
