-- TOE-4: the life domains (leefgebieden) of the first inventory at triage, configurable per municipality by
-- its administrator. Rows without a municipality are the product default, used until a municipality keeps a
-- list of its own. A recorded checklist copies the domain names, so changing the list leaves it unchanged.
create table life_domain
(
    id                bigint generated always as identity primary key,
    municipality_code char(4) references municipality (code),
    position          int         not null check (position >= 0),
    name              text        not null check (length(name) between 1 and 100),
    changed_by        text        not null,
    changed_at        timestamptz not null,
    constraint life_domain_one_per_position unique nulls not distinct (municipality_code, position),
    constraint life_domain_unique_name unique nulls not distinct (municipality_code, name)
);

-- Defaults from the sources: memo 001 (first inventory of the life domains of the whole household) and the
-- domains named in 000 (onderwijs, werk, inkomen, zorg, veiligheid, wonen).
insert into life_domain (municipality_code, position, name, changed_by, changed_at)
values (null, 0, 'Opvoeding', 'migratie', now()),
       (null, 1, 'Ontwikkeling van de jeugdige', 'migratie', now()),
       (null, 2, 'School of werk', 'migratie', now()),
       (null, 3, 'Gezondheid', 'migratie', now()),
       (null, 4, 'Veiligheid', 'migratie', now()),
       (null, 5, 'Financiën', 'migratie', now()),
       (null, 6, 'Wonen', 'migratie', now()),
       (null, 7, 'Sociaal netwerk', 'migratie', now()),
       (null, 8, 'Relaties in het gezin', 'migratie', now());

-- The checklist recorded for the whole household at triage: per domain a concern yes/no and a note.
create table triage_checklist_entry
(
    help_request_id uuid        not null references help_request (id),
    position        int         not null,
    domain          text        not null,
    concern         boolean     not null,
    note            text check (length(note) <= 1000),
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    primary key (help_request_id, position)
);

-- Question clarification (vraagverheldering) notes on the file, with author and time.
create table question_clarification_note
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    note            text        not null check (length(note) <= 2000),
    written_by      text        not null,
    written_at      timestamptz not null
);
create index question_clarification_note_request_idx on question_clarification_note (help_request_id);
