-- Issue 14 item 2 (ADR 0042): one installation serves the municipalities of a youth-care region. Identity keeps its
-- own regions (monitoring keeps its comparison regions apart, ADR 0018, so neither module reads the other's tables).
-- A regional administrator belongs to a municipality of the region like every account; the region she keeps is the
-- region of that municipality, never a parameter.
create table region
(
    code text primary key check (code ~ '^[a-z0-9-]{2,60}$'),
    name text not null
);

insert into region (code, name) values ('noordoost-brabant', 'Jeugdhulpregio Noordoost-Brabant');

alter table municipality
    add column region_code text references region (code);
create index municipality_region_idx on municipality (region_code);

-- The sixteen municipalities of Noordoost-Brabant, as in V13_1; only those that exist already get their region.
update municipality set region_code = 'noordoost-brabant'
where code in ('0828', '0796', '1948', '0797', '0865', '1991', '0296', '0845', '1721', '0757', '0755', '1685',
               '0263', '0297', '1960', '0225');

-- The list is replaced whole, so it stays the one place that names every role.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('YOUTH_PROFESSIONAL', 'TEAM_LEAD', 'BEHAVIOURAL_EXPERT', 'POLICY_OFFICER', 'PROVIDER',
                    'ADMINISTRATOR', 'PRIVACY_OFFICER', 'COMPULSORY_EDUCATION_OFFICER', 'EDITOR',
                    'REGIONAL_ADMINISTRATOR'));
