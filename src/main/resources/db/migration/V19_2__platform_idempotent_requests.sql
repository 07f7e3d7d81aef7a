-- Issue 19: changes are safe to repeat. A key (the API's Idempotency-Key header, or the one-time token of a form)
-- is claimed by the first request; repeats get the stored answer. Kept 24 hours.
create table idempotent_request
(
    owner        text                     not null,
    key          text                     not null check (length(key) between 1 and 255),
    fingerprint  char(64)                 not null,
    state        text                     not null check (state in ('IN_PROGRESS', 'DONE')),
    status       integer,
    content_type text,
    body         bytea,
    location     text,
    created_at   timestamp with time zone not null,
    primary key (owner, key)
);
create index idempotent_request_created_idx on idempotent_request (created_at);
