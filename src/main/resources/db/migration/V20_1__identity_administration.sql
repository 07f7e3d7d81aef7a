-- Issue 14: the municipality's administrator keeps its teams and users. Nothing is hard-deleted: a team or a
-- user is deactivated and keeps its history and its name. Versions let two administrators edit at once without
-- overwriting each other (optimistic locking).
alter table team
    add column districts text[]  not null default '{}',
    add column active    boolean not null default true,
    add column version   bigint  not null default 0;
-- A team name is unique per municipality whatever its capitals: "CJG Noord" and "cjg noord" are one team.
create unique index team_name_unique_per_municipality on team (municipality_code, lower(name));

alter table app_user
    add column email                    text,
    add column active_from              date,
    add column active_until             date,
    -- A one-time password given by the administrator: the user must choose their own at the first login.
    add column password_change_required boolean not null default false,
    add column version                  bigint  not null default 0,
    add constraint app_user_active_period check (active_from is null or active_until is null
        or active_from <= active_until);
-- Usernames are unique across the installation (they are the login name), e-mail addresses per municipality.
create unique index app_user_username_unique on app_user (lower(username));
create unique index app_user_email_unique_per_municipality on app_user (municipality_code, lower(email));
