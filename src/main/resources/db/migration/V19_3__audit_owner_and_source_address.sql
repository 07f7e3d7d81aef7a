-- NEN 7513 (SEC-2, issue 11 item 5): every attempt on a client file is recorded where the file's municipality sees
-- it. municipality_code now names the municipality whose trail (and chain) holds the row: the file's. The actor's
-- own municipality is kept beside it when it differs, and the address the request came from. Both are covered by
-- the row's hash when present; older rows have neither and keep their hashes.
alter table audit_event
    add column actor_municipality_code char(4) check (actor_municipality_code ~ '^[0-9]{4}$'),
    add column source_address          text check (length(source_address) <= 100);
