-- Schools connected to the CJG (issue 17, OND-1 … OND-7; ADR 0028). No client data except the list of children out
-- of school (out_of_school_child), which is audited like a client file.

-- OND-1, OND-3: school and childcare locations with their connection to the CJG.
create table school_location
(
    id                 uuid primary key,
    municipality_code  char(4)      not null references municipality (code),
    brin               char(4)      not null,
    location_number    char(2)      not null,
    name               varchar(200) not null,
    street             varchar(200) not null,
    house_number       varchar(20)  not null,
    postcode           char(6)      not null,
    city               varchar(100) not null,
    school_type        varchar(30)  not null check (school_type in ('PRIMARY', 'SPECIAL_PRIMARY', 'SPECIAL', 'SECONDARY',
                                                                     'SPECIAL_SECONDARY', 'CHILDCARE')),
    pupils             integer      not null check (pupils >= 0),
    connection_type    varchar(10)  not null check (connection_type in ('BASIS', 'EXTRA')),
    connection_since   date         not null,
    extra_reason       varchar(500),
    extra_realised     boolean,
    ocp_username       varchar(60),
    stand_in_username  varchar(60),
    version            bigint       not null default 0,
    unique (municipality_code, brin, location_number),
    -- An "extra" connection names its reason and whether it is realised; a "basis" connection has neither.
    check ((connection_type = 'EXTRA' and extra_reason is not null and extra_realised is not null)
        or (connection_type = 'BASIS' and extra_reason is null and extra_realised is null))
);

-- OND-4: dated absences of a CJG staff member acting as OCP or stand-in.
create table ocp_absence
(
    id                uuid primary key,
    municipality_code char(4)     not null references municipality (code),
    username          varchar(60) not null,
    first_day         date        not null,
    last_day          date        not null,
    recorded_by       varchar(60) not null,
    recorded_at       timestamptz not null,
    check (last_day >= first_day)
);
create index ocp_absence_by_user on ocp_absence (municipality_code, username, last_day);

-- OND-2: presence norms per school type (and the "extra" half-day), dated, per municipality; rows without a
-- municipality are the product's defaults from the Oss programme (seed 000 "Resultaat"), a municipality's own row
-- with a later or equal effective date overrides them.
create table school_presence_norm
(
    id                uuid primary key,
    municipality_code char(4) references municipality (code),
    subject           varchar(30) not null check (subject in ('PRIMARY', 'SPECIAL_PRIMARY', 'SPECIAL', 'SECONDARY',
                                                              'SPECIAL_SECONDARY', 'CHILDCARE', 'EXTRA_ON_SITE')),
    effective_from    date        not null,
    period            varchar(10) not null check (period in ('WEEK', 'MONTH')),
    minimum_contacts  integer     not null check (minimum_contacts between 1 and 31),
    recorded_by       varchar(60) not null,
    unique nulls not distinct (municipality_code, subject, effective_from)
);
insert into school_presence_norm (id, municipality_code, subject, effective_from, period, minimum_contacts, recorded_by)
values (gen_random_uuid(), null, 'SECONDARY', '2020-01-01', 'WEEK', 1, 'migratie'),
       (gen_random_uuid(), null, 'SPECIAL_SECONDARY', '2020-01-01', 'WEEK', 1, 'migratie'),
       (gen_random_uuid(), null, 'SPECIAL', '2020-01-01', 'WEEK', 1, 'migratie'),
       (gen_random_uuid(), null, 'SPECIAL_PRIMARY', '2020-01-01', 'WEEK', 1, 'migratie'),
       (gen_random_uuid(), null, 'PRIMARY', '2020-01-01', 'MONTH', 1, 'migratie'),
       (gen_random_uuid(), null, 'CHILDCARE', '2020-01-01', 'MONTH', 1, 'migratie'),
       (gen_random_uuid(), null, 'EXTRA_ON_SITE', '2020-01-01', 'WEEK', 1, 'migratie');

-- OND-2: visits and contacts of the OCP with a location.
create table school_contact
(
    id                uuid primary key,
    location_id       uuid        not null references school_location (id),
    municipality_code char(4)     not null,
    contact_on        date        not null,
    kind              varchar(20) not null check (kind in ('ON_SITE', 'ZAT_MEETING', 'PHONE')),
    recorded_by       varchar(60) not null,
    recorded_at       timestamptz not null
);
create index school_contact_by_location on school_contact (location_id, contact_on desc);

-- OND-4: the school's care advice team (ZAT) meetings.
create table zat_meeting
(
    id                uuid primary key,
    location_id       uuid        not null references school_location (id),
    municipality_code char(4)     not null,
    held_on           date        not null,
    ocp_took_part     boolean     not null,
    recorded_by       varchar(60) not null,
    recorded_at       timestamptz not null
);
create index zat_meeting_by_location on zat_meeting (location_id, held_on desc);

-- OND-6: family contact persons (gezinscontactpersoon) on primary schools with above-average problems.
create table family_contact_person
(
    id                uuid primary key,
    municipality_code char(4)      not null references municipality (code),
    name              varchar(200) not null,
    since             date         not null,
    recorded_by       varchar(60)  not null
);
create table family_contact_school
(
    family_contact_id uuid not null references family_contact_person (id),
    location_id       uuid not null references school_location (id),
    primary key (family_contact_id, location_id)
);

-- OND-7: children of compulsory school age who do not go to school (thuiszitters). Personal data: audited.
create table out_of_school_child
(
    id                uuid primary key,
    client_id         uuid         not null,
    municipality_code char(4)      not null references municipality (code),
    given_name        varchar(100) not null,
    family_name       varchar(100) not null,
    date_of_birth     date         not null,
    since             date         not null,
    reason_category   varchar(30)  not null,
    location_id       uuid references school_location (id),
    next_step         varchar(500) not null,
    help_request_id   uuid,
    back_at_school_on date,
    recorded_by       varchar(60)  not null,
    recorded_at       timestamptz  not null,
    version           bigint       not null default 0
);
create index out_of_school_child_open on out_of_school_child (municipality_code) where back_at_school_on is null;
