-- Single sign-on (issue 14, ADR 0035): a municipality's OpenID Connect provider. Staff log in there; the
-- product keeps who they are (the account with the same username: role, team, municipality). One provider per
-- municipality; several municipalities of a region may share one issuer.
create table identity_provider
(
    municipality_code   char(4) primary key references municipality (code),
    display_name        text        not null check (length(display_name) between 1 and 80),
    issuer_uri          text        not null check (issuer_uri ~ '^https?://[^ ]+$'),
    client_id           text        not null check (length(client_id) between 1 and 200),
    client_secret       text        not null check (length(client_secret) between 1 and 500),
    username_claim      text        not null default 'preferred_username',
    enabled             boolean     not null default true,
    local_login_enabled boolean     not null default true,
    version             bigint      not null default 0,
    changed_at          timestamptz not null,
    changed_by          text        not null
);
create index identity_provider_issuer_idx on identity_provider (issuer_uri) where enabled;
