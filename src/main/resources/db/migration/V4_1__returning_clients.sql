-- Norm keys become reference data, so a new norm is one insert instead of re-creating a check constraint.
-- (Migrations are ordered globally: a new one always takes a version above the highest existing one.)
create table norm_key
(
    key text primary key
);
insert into norm_key (key)
values ('TREATMENT_START_TERM'), ('MAX_CONVERSATIONS'), ('APPLICATION_TERM_AFTER_LAST_CONVERSATION'),
       ('ROUTE_TO_CARE_LEAD_TIME'), ('SUPPORT_DURATION_REQUIRING_CONFERENCE'), ('EXPLANATORY_ANALYSIS_VALIDITY'),
       ('RETURNING_CLIENT_PERIOD');
alter table norm_setting drop constraint norm_setting_norm_key_check;
alter table norm_setting add constraint norm_setting_norm_key_fk foreign key (norm_key) references norm_key (key);

-- TOE-12: a young person returning within this period goes to the professional who handled the earlier request.
-- Memo 001 names no period; twelve months matches the repeat-request window of MON-7 and is configurable.
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values ('0828', 'RETURNING_CLIENT_PERIOD', 12, date '2020-01-01', 'migratie', now(), 'TOE-12; periode gelijk aan MON-7'),
       (null, 'RETURNING_CLIENT_PERIOD', 12, date '2020-01-01', 'migratie', now(), 'TOE-12; periode gelijk aan MON-7');

-- The professional a request is assigned to, and the earlier request of a returning client.
alter table help_request
    add column assigned_to        text,
    add column earlier_request_id uuid references help_request (id),
    add column earlier_request_number text;
