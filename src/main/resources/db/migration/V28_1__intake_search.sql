-- Issue 13: finding a help request by name, date of birth, BSN or number within a municipality, fast on
-- 100,000 requests per municipality (ADR 0032). The name as searched is kept in a generated column (lower case,
-- given name and family name), indexed as trigrams together with the municipality (btree_gin), so a search for
-- part of a name reads only the municipality's matching rows.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

alter table help_request
    add column search_name text generated always as (lower(given_name || ' ' || family_name)) stored;

create index help_request_search_name_idx on help_request using gin (municipality_code, search_name gin_trgm_ops);
create index help_request_date_of_birth_idx on help_request (municipality_code, date_of_birth);
-- Lists with filters (issue 13): a team's requests by handler and state.
create index help_request_handler_idx on help_request (team_id, (coalesce(assigned_to, treatment_started_by)))
    where state <> 'CLOSED';
