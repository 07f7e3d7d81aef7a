-- Help requests (hulpvragen) with the young person they are about. Personal data live only here.
create sequence help_request_number_seq;

create table help_request
(
    id                    uuid primary key,
    number                text        not null unique,
    client_id             uuid        not null,
    municipality_code     char(4)     not null references municipality (code),
    team_id               uuid        not null references team (id),
    given_name            text        not null check (length(given_name) <= 100),
    family_name           text        not null check (length(family_name) <= 100),
    date_of_birth         date        not null,
    bsn                   char(9),
    carer_name            text check (length(carer_name) <= 100),
    carer_relation        text check (length(carer_relation) <= 50),
    channel               text        not null,
    referrer              text        not null,
    question              text        not null check (length(question) <= 2000),
    registered_at         timestamptz not null,
    registered_on         date        not null,
    registered_by         text        not null,
    treatment_deadline    date        not null check (treatment_deadline >= registered_on),
    state                 text        not null check (state in ('AWAITING_TREATMENT', 'IN_TREATMENT')),
    treatment_started_on  date check (treatment_started_on >= registered_on),
    treatment_started_by  text,
    version               bigint      not null default 0,
    check ((state = 'IN_TREATMENT') = (treatment_started_on is not null)),
    check (date_of_birth <= registered_on)
);
-- The worklist: a team's open requests ordered by their deadline.
create index help_request_worklist_idx on help_request (team_id, state, treatment_deadline);
-- Recognising a known client by BSN within a municipality.
create index help_request_bsn_idx on help_request (municipality_code, bsn) where bsn is not null;
