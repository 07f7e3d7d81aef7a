-- Monitoring's dashboard read models (MON-1, MON-7, MON-10; ADR 0012). No personal data: ids, codes, dates.

-- Every intake event monitoring received, append-only: the source for a rebuild of the read models below and
-- for the benchmark's baseline. The key makes a re-delivered event a no-op.
create table monitoring_event
(
    help_request_id    uuid        not null,
    kind               text        not null, -- REGISTERED, TREATMENT_STARTED, CONVERSATION, TRANSITIONED
    dedup_key          text        not null, -- '' or the conversation number or state@date
    municipality_code  char(4)     not null,
    team_id            uuid        not null,
    occurred_on        date        not null,
    treatment_deadline date,
    referrer           text,
    crisis             text,
    channel            text,
    request_type       text,
    age                integer,
    earlier_request    uuid,
    max_conversations  integer,  -- the TOE-7 norm in force on the registration date, read when received
    state              text,
    outcome            text,
    number             integer,
    deadline           date,
    received_at        timestamptz not null default now(),
    primary key (help_request_id, kind, dedup_key)
);

create function monitoring_event_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'monitoring_event is append-only';
end;
$$;
create trigger monitoring_event_append_only
    before update or delete on monitoring_event
    for each row execute function monitoring_event_append_only();

-- One row per help request, derived from its events only (so a rebuild gives the same row).
create table monitoring_request_fact
(
    help_request_id        uuid primary key,
    municipality_code      char(4) not null,
    team_id                uuid    not null, -- also the district unit: the data hold no districts
    referrer               text    not null,
    crisis                 boolean not null,
    request_type           text    not null,
    age                    integer not null,
    registered_on          date    not null,
    registered_month       date    not null,
    treatment_deadline     date    not null,
    started_on             date,
    waiting_days           integer,
    started_late           boolean not null,
    conversations          integer not null,
    max_conversations      integer not null,
    over_max_conversations boolean not null,
    triage_outcome         text,
    applied_on             date,
    route_deadline         date,
    closed_on              date,
    closure_reason         text,
    route_days             integer,
    route_late             boolean not null,
    lead_days              integer,
    earlier_request        uuid,
    repeat_within_year     boolean not null,
    from_veilig_thuis      boolean not null
);
create index monitoring_request_fact_cell_idx
    on monitoring_request_fact (municipality_code, team_id, referrer, registered_month);
-- The waiting list and running routes are stocks: only open requests are indexed, so they stay cheap.
create index monitoring_request_fact_waiting_idx
    on monitoring_request_fact (municipality_code, treatment_deadline) where started_on is null and closed_on is null;
create index monitoring_request_fact_route_idx
    on monitoring_request_fact (municipality_code, route_deadline) where applied_on is not null and closed_on is null;

-- Monthly pre-aggregate by registration month. Level 0: municipality x team x referrer; level 1: municipality
-- (team = nil uuid, referrer = '*'); level 2: all municipalities (municipality '0000').
create table monitoring_month_aggregate
(
    level                  smallint not null,
    municipality_code      char(4)  not null,
    team_id                uuid     not null,
    referrer               text     not null,
    month                  date     not null,
    registrations          integer  not null,
    crisis                 integer  not null,
    from_veilig_thuis      integer  not null,
    repeats                integer  not null,
    started                integer  not null,
    waiting_days_sum       bigint   not null,
    started_late           integer  not null,
    over_max_conversations integer  not null,
    triage_cjg             integer  not null,
    triage_social_team     integer  not null,
    triage_preceding_field integer  not null,
    triage_specialised     integer  not null,
    triage_no_care         integer  not null,
    applications           integer  not null,
    routes_ended           integer  not null,
    route_days_sum         bigint   not null,
    routes_late            integer  not null,
    closed                 integer  not null,
    lead_days_sum          bigint   not null,
    primary key (level, municipality_code, team_id, referrer, month)
);

-- Waiting days of the started requests per aggregate row, in day buckets (365 = a year or more); only
-- non-empty buckets are stored. Median and 90th percentile come from these without reading requests.
create table monitoring_month_wait_bucket
(
    level             smallint not null,
    municipality_code char(4)  not null,
    team_id           uuid     not null,
    referrer          text     not null,
    month             date     not null,
    days              integer  not null,
    requests          integer  not null,
    primary key (level, municipality_code, team_id, referrer, month, days)
);

-- A closure may arrive after a later request of the same young person: that one's repeat flag is refreshed.
create index monitoring_event_earlier_request_idx on monitoring_event (earlier_request) where earlier_request is not null;
create index monitoring_event_registered_idx on monitoring_event (municipality_code, occurred_on) where kind = 'REGISTERED';
