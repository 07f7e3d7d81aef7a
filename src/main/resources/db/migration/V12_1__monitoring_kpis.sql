-- KPIs per action line with a yearly status (MON-4). An action line of the municipality's youth plan lasts for
-- the plan period; its KPIs are set per calendar year with a target. Computed values are never stored: they come
-- from monitoring's read models when asked, so a past year's status is reproducible. Only hand-entered
-- realisations (for KPIs the registration cannot measure) are kept, with their source.
create table monitoring_action_line
(
    id                uuid primary key,
    municipality_code char(4)     not null,
    code              text        not null,
    name              text        not null,
    goal              text        not null,
    changed_by        text        not null,
    changed_at        timestamptz not null,
    version           int         not null,
    constraint monitoring_action_line_code_unique unique (municipality_code, code)
);

create table monitoring_kpi
(
    id              uuid primary key,
    action_line_id  uuid          not null references monitoring_action_line (id),
    year            int           not null check (year between 2015 and 2100),
    name            text          not null,
    indicator       text          not null,
    direction       text          not null check (direction in ('AT_LEAST', 'AT_MOST')),
    target          numeric(12, 1) not null check (target >= 0),
    realised        numeric(12, 1) check (realised >= 0),
    realised_source text,
    realised_by     text,
    realised_at     timestamptz,
    changed_by      text          not null,
    changed_at      timestamptz   not null,
    version         int           not null,
    constraint monitoring_kpi_name_unique unique (action_line_id, year, name),
    constraint monitoring_kpi_realised_has_source check (realised is null or realised_source is not null)
);
create index monitoring_kpi_year_idx on monitoring_kpi (year, action_line_id);
