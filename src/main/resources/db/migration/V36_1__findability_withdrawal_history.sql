-- VIND-2 (issue 17): withdrawn social-map entries can be brought back. Every withdrawal and every return is recorded
-- with who did it and when (the entries themselves only keep their latest change); nothing is deleted.
create table findability_entry_history
(
    id                bigint generated always as identity primary key,
    municipality_code char(4)     not null references municipality (code),
    entry_kind        text        not null check (entry_kind in ('ORGANIZATION', 'LOCATION', 'SERVICE')),
    entry_id          uuid        not null,
    action            text        not null check (action in ('WITHDRAWN', 'RESTORED')),
    changed_by        text        not null,
    changed_at        timestamptz not null
);
create index findability_entry_history_by_entry on findability_entry_history (entry_id, changed_at);
