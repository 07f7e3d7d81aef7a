-- VIND-2 (ADR 0041): editor and providers keep organisations, locations and services on screen and through the API.
-- Nothing is deleted: an entry is withdrawn from a date (it leaves the public map, stays for the record). Organisations
-- and locations get a version for optimistic locking like services.
alter table findability_organization
    add column withdrawn_on date,
    add column version      bigint not null default 0,
    add column changed_by   text,
    add column changed_at   timestamptz;
alter table findability_location
    add column withdrawn_on date,
    add column version      bigint not null default 0;
alter table findability_service
    add column withdrawn_on date;
