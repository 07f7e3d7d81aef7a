-- Municipalities, their CJG teams and the user accounts working for them.
create table municipality
(
    code char(4) primary key check (code ~ '^[0-9]{4}$'),
    name text    not null
);

create table team
(
    id                uuid primary key,
    municipality_code char(4) not null references municipality (code),
    name              text    not null,
    unique (municipality_code, name)
);

create table app_user
(
    username          text primary key,
    password_hash     text    not null,
    display_name      text    not null,
    role              text    not null check (role in ('YOUTH_PROFESSIONAL', 'TEAM_LEAD', 'BEHAVIOURAL_EXPERT',
                                                       'POLICY_OFFICER', 'PROVIDER', 'ADMINISTRATOR')),
    municipality_code char(4) not null references municipality (code),
    team_id           uuid references team (id),
    enabled           boolean not null default true,
    check (role not in ('YOUTH_PROFESSIONAL', 'TEAM_LEAD', 'BEHAVIOURAL_EXPERT') or team_id is not null)
);
create index app_user_team_idx on app_user (team_id);

-- Jeugdregie is introduced in gemeente Oss (CBS code 0828); its norms are seeded by the policy module.
insert into municipality (code, name) values ('0828', 'Oss');
