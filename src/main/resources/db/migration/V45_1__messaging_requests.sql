-- Issue 16 items 2-4 (TOEW-7, ADR 0048): a provider's accepted JW315/JW317 becomes a request on the access team's
-- worklist; the team answers it with a JW319; the provider's JW320 retour on that answer is linked to it.

-- One request per ReferentieAanbieder: a JW315 names one per requested product, a JW317 one for the whole change.
create table messaging_request
(
    id                 uuid primary key,
    municipality_code  char(4)     not null references municipality (code),
    provider_agb       char(8)     not null,
    type               char(5)     not null check (type in ('JW315', 'JW317')),
    message_id         uuid        not null references messaging_message (id),
    -- The request message's own identification: the JW319's answers field and the terms match on it (ADR 0037).
    identification     text        not null,
    reference          text        not null check (length(reference) between 1 and 20),
    client_bsn         char(9)     not null,
    young_person       uuid,
    change_reason      char(1),
    received_at        timestamptz not null,
    received_on        date        not null,
    status             text        not null default 'OPEN'
        check (status in ('OPEN', 'UNDER_INVESTIGATION', 'DECLINED')),
    -- OP043: the young person has this product as a personal budget in the requested period.
    pgb_overlap        boolean     not null default false,
    version            bigint      not null default 0,
    -- TR347: a ReferentieAanbieder is used once per provider.
    unique (municipality_code, provider_agb, reference)
);
create index messaging_request_worklist_idx on messaging_request (municipality_code, status, received_at);
create index messaging_request_client_idx on messaging_request (municipality_code, provider_agb, client_bsn);

-- The products a request names: requested (JW315), unchanged, to change or new (JW317).
create table messaging_request_product
(
    request_id        uuid    not null references messaging_request (id),
    position          integer not null,
    kind              text    not null check (kind in ('REQUESTED', 'UNCHANGED', 'CHANGED', 'NEW')),
    allocation_number bigint,
    category          char(2),
    code              char(5),
    valid_from        date,
    valid_until       date,
    volume            integer,
    unit              char(2),
    frequency         char(1),
    budget_cents      bigint,
    primary key (request_id, position)
);

-- The team's JW319 answers (WJ760: 1 declined with a WJ759 reason, 2 under investigation) and the provider's JW320.
create table messaging_request_answer
(
    id                 uuid primary key,
    request_id         uuid        not null references messaging_request (id),
    answer             text        not null check (answer in ('DECLINED', 'UNDER_INVESTIGATION')),
    reason             char(1),
    -- TR377/TR409: the responsible municipality (CBS code), only with reason 8 (Woonplaatsbeginsel).
    residence_municipality char(4),
    message_id         uuid        not null references messaging_message (id),
    identification     text        not null,
    answered_by        text        not null,
    answered_at        timestamptz not null,
    retour_message_id  uuid references messaging_message (id),
    retour_codes       text,
    check ((answer = 'DECLINED') = (reason is not null)),
    check ((reason = '8') = (residence_municipality is not null))
);
-- TR360/TR365 in the database too: at most one "in onderzoek" and one final answer per request.
create unique index messaging_request_answer_once_idx on messaging_request_answer (request_id, answer);
create unique index messaging_request_answer_identification_idx on messaging_request_answer (identification);
