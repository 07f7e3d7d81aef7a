-- OND-5: a help request referred by a school names the school location (schools module, ADR 0028).
alter table help_request add column school_location_id uuid;
