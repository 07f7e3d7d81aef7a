-- Login protection and API tokens (issue 19, OWASP ASVS V2.2). The audit trail gets the security events.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in ('READ', 'CREATE', 'UPDATE',
    'REFUSED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED', 'TOKEN_ISSUED', 'TOKEN_REVOKED'));

-- Recent failed logins per account and per source address. Kept in the database so a lockout holds across
-- restarts and instances. The key is a SHA-256 hash of what was typed or of the address: a mistyped name may
-- be a password. The username is filled in only when such an account exists.
create table login_failure
(
    kind            text                     not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key_hash        char(64)                 not null,
    username        text references app_user (username) on delete cascade,
    failures        integer                  not null check (failures > 0),
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    primary key (kind, key_hash)
);
create index login_failure_username_idx on login_failure (username) where username is not null;

-- API tokens for systems; only the SHA-256 hash of the secret is kept. The id is the token's public prefix.
create table api_token
(
    id               char(16) primary key,
    secret_hash      char(64)                 not null,
    account_username text                     not null references app_user (username) on delete cascade,
    description      text                     not null,
    issued_by        text                     not null,
    issued_at        timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    revoked_at       timestamp with time zone,
    use_count        bigint                   not null default 0,
    last_used_at     timestamp with time zone
);
create index api_token_account_idx on api_token (account_username);
