-- Issue 13: finding a household by its number or by the name of the household or one of its members (ADR 0032).
create index household_search_name_idx on household using gin (municipality_code, lower(name) gin_trgm_ops);
create index household_member_search_name_idx on household_member using gin (lower(name) gin_trgm_ops);
