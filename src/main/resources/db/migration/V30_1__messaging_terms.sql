-- Issue 16 item 4 (TOEW-7, BEY-5; ADR 0037): the iJw answer terms in working days, watched from the messaging module's
-- IjwMessageExchanged events alone. Two tables: the messages seen (the idempotency key of the listener, and the facts
-- every term is derived from) and the terms derived from them (the read model of the worklist and the dashboard).
-- No personal data: a message is known by its type, identification and the provider's AGB code.

-- The answer terms are dated norms per municipality (ADR 0005), seeded with the standard's values.
insert into norm_key (key)
values ('IJW_RETOUR_TERM'), ('IJW_REQUEST_ANSWER_TERM'), ('IJW_INVESTIGATION_TERM'), ('IJW_START_MESSAGE_TERM'),
       ('IJW_STOP_MESSAGE_TERM'), ('IJW_DECLARATION_ANSWER_TERM');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
select m.code, n.key, n.amount, date '2020-01-01', 'migratie', now(), n.note
from (select code from municipality union all select null) m
cross join (values ('IJW_RETOUR_TERM', 3, 'iJw 3.2 OP090: retourbericht binnen drie werkdagen'),
                   ('IJW_REQUEST_ANSWER_TERM', 5, 'iJw 3.2 OP274, OP346: toewijzing of antwoord binnen vijf werkdagen'),
                   ('IJW_INVESTIGATION_TERM', 8, 'iJw 3.2 OP274, OP346: besluit binnen acht weken na "in onderzoek"'),
                   ('IJW_START_MESSAGE_TERM', 5, 'iJw 3.2 OP271: startbericht binnen vijf werkdagen na de start'),
                   ('IJW_STOP_MESSAGE_TERM', 5, 'iJw 3.2 OP272: stopbericht binnen vijf werkdagen na het einde'),
                   ('IJW_DECLARATION_ANSWER_TERM', 10, 'iJw 3.2 OP090x4: declaratie-antwoord binnen tien werkdagen'))
    as n (key, amount, note);

-- Every message once: an event seen again (redelivery, a retry of the pipeline) finds its key and changes nothing.
-- A message identification is unique per sender and type (TR056); the sender is the municipality or the provider.
create table messaging_term_message
(
    municipality_code char(4)     not null references municipality (code),
    provider_agb      char(8)     not null check (provider_agb ~ '^[0-9]{8}$'),
    message_type      char(5)     not null,
    reference         text        not null check (length(reference) between 1 and 12),
    direction         text        not null check (direction in ('SENT', 'RECEIVED')),
    outcome           text        not null check (outcome in ('ACCEPTED', 'REJECTED')),
    answers           text,
    care_date         date,
    request_answer    text check (request_answer in ('DECLINED', 'UNDER_INVESTIGATION')),
    exchanged_at      timestamptz not null,
    recorded_at       timestamptz not null,
    primary key (municipality_code, provider_agb, message_type, reference)
);
create index messaging_term_message_answers_idx on messaging_term_message (municipality_code, provider_agb, answers)
    where answers is not null;

-- One row per term a message opened; met_on is null while it is open. Status (in time, late, due, overdue) is
-- computed when read, with the clock, from due_on and met_on.
create table messaging_term
(
    id                bigint generated always as identity primary key,
    municipality_code char(4)     not null references municipality (code),
    provider_agb      char(8)     not null,
    message_type      char(5)     not null,
    reference         text        not null,
    kind              text        not null check (kind in ('RETOUR', 'REQUEST_ANSWER', 'INVESTIGATION', 'START_MESSAGE',
                                                           'STOP_MESSAGE', 'DECLARATION_ANSWER')),
    flow              text        not null,
    side              text        not null check (side in ('MUNICIPALITY', 'PROVIDER')),
    started_on        date        not null,
    due_on            date        not null,
    met_on            date,
    met_by_type       char(5),
    met_by_reference  text,
    unique (municipality_code, provider_agb, message_type, reference, kind),
    check (due_on >= started_on)
);
create index messaging_term_due_idx on messaging_term (municipality_code, due_on);
create index messaging_term_open_idx on messaging_term (municipality_code, flow) where met_on is null;
