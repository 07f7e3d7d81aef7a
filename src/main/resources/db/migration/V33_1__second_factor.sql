-- Issue 14 item 3 (ADR 0040): two-factor authentication with a time-based one-time code (TOTP, RFC 6238) for local
-- accounts. The shared secret is stored sealed (AES-GCM), never in plain text. A row without enrolled_at is an
-- enrolment begun but not yet confirmed with a code. last_used_step makes each code usable once; failures and
-- locked_until throttle guessing the way wrong passwords are throttled.
create table second_factor
(
    username       text primary key references app_user (username),
    sealed_secret  bytea       not null,
    enrolled_at    timestamptz,
    last_used_step bigint      not null default 0,
    failures       integer     not null default 0,
    last_failure_at timestamptz,
    locked_until   timestamptz
);

-- The key that seals the secrets when no key is configured (JEUGDREGIE_SECOND_FACTOR_KEY): made once at first use.
-- With a configured key a copy of the database alone does not reveal the secrets.
create table second_factor_key
(
    id  integer primary key check (id = 1),
    key bytea not null
);

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in ('READ', 'CREATE', 'UPDATE',
    'REFUSED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED', 'TOKEN_ISSUED', 'TOKEN_REVOKED',
    'ACCESS_REVIEWED', 'ACCESS_OVERVIEW_MADE', 'SECOND_FACTOR_ENROLLED', 'SECOND_FACTOR_FAILED', 'SECOND_FACTOR_RESET'));
