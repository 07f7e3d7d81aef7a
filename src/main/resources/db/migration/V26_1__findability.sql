-- Issue 17, items 9-12: a CJG that families can find (VIND-1 ... VIND-3, TOE-2). Public information pages written
-- by the municipality's editor, the social map modelled after Open Referral HSDS, the online form's postcode
-- ranges, the public contact settings and the abuse protection of the public form. No client data here: a help
-- request from the online form is stored by intake.

-- VIND-1: information pages. A page without publish_from is a draft; it is public from publish_from onwards.
create table findability_page
(
    id                uuid primary key,
    municipality_code char(4)     not null references municipality (code),
    slug              text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    audience          text        not null check (audience in ('EVERYONE', 'YOUNG_PEOPLE')),
    title             text        not null check (length(title) between 1 and 120),
    summary           text        not null check (length(summary) between 1 and 300),
    body              text        not null check (length(body) between 1 and 20000),
    publish_from      date,
    last_checked_on   date,
    version           bigint      not null default 0,
    changed_by        text        not null,
    changed_at        timestamptz not null,
    constraint findability_page_slug_unique unique (municipality_code, slug)
);
create index findability_page_published on findability_page (municipality_code, audience, publish_from);

-- VIND-3, TOE-2: what the public pages say about reaching the CJG; hours come from the office-hours norms.
create table findability_contact
(
    municipality_code char(4) primary key references municipality (code),
    site_name         text        not null check (length(site_name) between 1 and 80),
    phone             text        not null check (length(phone) between 1 and 30),
    email             text        not null check (length(email) between 3 and 120),
    visiting_address  text        not null check (length(visiting_address) between 1 and 500),
    version           bigint      not null default 0,
    changed_by        text        not null,
    changed_at        timestamptz not null
);

-- VIND-3: postcode ranges (four digits) of a municipality's districts, dated like norms: the row in force on a
-- date is the one with the latest effective_from on or before it for a range containing the postcode.
create table findability_postcode_range
(
    id                bigint generated always as identity primary key,
    municipality_code char(4)     not null references municipality (code),
    postcode_from     int         not null check (postcode_from between 1000 and 9999),
    postcode_to       int         not null check (postcode_to between 1000 and 9999),
    district          text        not null check (length(district) between 1 and 100),
    effective_from    date        not null,
    changed_by        text        not null,
    changed_at        timestamptz not null,
    check (postcode_from <= postcode_to)
);
create index findability_postcode_range_lookup on findability_postcode_range (municipality_code, postcode_from, postcode_to);

-- Abuse protection of the public form: one-time tokens used, and accepted submissions per hashed address.
create table findability_form_token_used
(
    nonce   text primary key,
    used_at timestamptz not null
);
create table findability_submission
(
    id           bigint generated always as identity primary key,
    address_hash text        not null,
    submitted_at timestamptz not null
);
create index findability_submission_by_address on findability_submission (address_hash, submitted_at);

-- VIND-2: the social map after Open Referral HSDS (organization, service, location, service_at_location, taxonomy).
create table findability_organization
(
    id                uuid primary key,
    municipality_code char(4)     not null references municipality (code),
    name              text        not null check (length(name) between 1 and 150),
    description       text        not null default '' check (length(description) <= 2000),
    website           text check (website is null or website ~ '^https://'),
    email             text,
    phone             text,
    search_vector     tsvector generated always as (to_tsvector('dutch', name || ' ' || description)) stored
);
create index findability_organization_search on findability_organization using gin (search_vector);

-- The providers' accounts that keep an organisation's entries (role PROVIDER).
create table findability_organization_editor
(
    organization_id uuid not null references findability_organization (id),
    username        text not null,
    primary key (organization_id, username)
);

create table findability_service
(
    id                uuid primary key,
    organization_id   uuid        not null references findability_organization (id),
    name              text        not null check (length(name) between 1 and 150),
    description       text        not null check (length(description) between 1 and 2000),
    min_age           int         not null check (min_age between 0 and 99),
    max_age           int         not null check (max_age between 0 and 99),
    phone             text,
    email             text,
    agb_code          text check (agb_code is null or agb_code ~ '^[0-9]{8}$'),
    product_category  text check (product_category is null or product_category ~ '^[0-9]{2}$'),
    last_confirmed_on date        not null,
    version           bigint      not null default 0,
    changed_by        text        not null,
    changed_at        timestamptz not null,
    search_vector     tsvector generated always as (to_tsvector('dutch', name || ' ' || description)) stored,
    check (min_age <= max_age)
);
create index findability_service_search on findability_service using gin (search_vector);
create index findability_service_allocation on findability_service (agb_code, product_category);

create table findability_location
(
    id              uuid primary key,
    organization_id uuid not null references findability_organization (id),
    name            text not null check (length(name) between 1 and 150),
    address         text not null check (length(address) between 1 and 200),
    postcode        text not null check (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    city            text not null check (length(city) between 1 and 80),
    district        text not null check (length(district) between 1 and 100)
);

create table findability_service_at_location
(
    service_id  uuid not null references findability_service (id),
    location_id uuid not null references findability_location (id),
    primary key (service_id, location_id)
);

-- Taxonomy: themes (life domains) of the product; rows without a municipality are the defaults.
create table findability_taxonomy_term
(
    code       text primary key check (code ~ '^[a-z-]{2,40}$'),
    vocabulary text not null check (vocabulary in ('THEMA')),
    name       text not null,
    position   int  not null
);
insert into findability_taxonomy_term (code, vocabulary, name, position)
values ('opvoeden', 'THEMA', 'Opvoeden en opgroeien', 0),
       ('ontwikkeling', 'THEMA', 'Ontwikkeling van je kind', 1),
       ('school', 'THEMA', 'School en werk', 2),
       ('gezondheid', 'THEMA', 'Gezondheid', 3),
       ('psychisch', 'THEMA', 'Gevoelens en psychische klachten', 4),
       ('veiligheid', 'THEMA', 'Veiligheid thuis', 5),
       ('geld', 'THEMA', 'Geld en schulden', 6),
       ('wonen', 'THEMA', 'Wonen', 7),
       ('vrije-tijd', 'THEMA', 'Vrije tijd en meedoen', 8),
       ('scheiding', 'THEMA', 'Relaties en scheiding', 9);

create table findability_service_taxonomy
(
    service_id uuid not null references findability_service (id),
    term_code  text not null references findability_taxonomy_term (code),
    primary key (service_id, term_code)
);

-- Waiting times reported per service (from the allocation module later, by AGB code and product category).
create table findability_waiting_time
(
    id          bigint generated always as identity primary key,
    service_id  uuid        not null references findability_service (id),
    weeks       int         not null check (weeks between 0 and 520),
    reported_on date        not null,
    recorded_at timestamptz not null
);
create index findability_waiting_time_latest on findability_waiting_time (service_id, reported_on desc, id desc);

-- VIND-2: an entry not confirmed for this long is listed for follow-up (6 months). A dated norm like the others.
insert into norm_key (key) values ('SOCIAL_MAP_CONFIRMATION_VALIDITY');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
select code, 'SOCIAL_MAP_CONFIRMATION_VALIDITY', 6, date '2020-01-01', 'migratie', now(),
       'VIND-2; issue 17: niet bevestigd in 6 maanden gaat naar de opvolglijst'
from municipality
union all
select null, 'SOCIAL_MAP_CONFIRMATION_VALIDITY', 6, date '2020-01-01', 'migratie', now(),
       'VIND-2; issue 17: niet bevestigd in 6 maanden gaat naar de opvolglijst';
