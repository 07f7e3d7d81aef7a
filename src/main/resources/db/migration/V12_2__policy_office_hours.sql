-- Office hours as dated norms per municipality (TOE-2, TOE-10): a crisis registered within them is picked up
-- directly, outside them the crisis protocol applies. Whole hours; Oss's 09:00-17:00 from memo 001 are the
-- product defaults. The working days (Monday to Friday) stay deployment configuration.
insert into norm_key (key) values ('OFFICE_HOURS_OPENING'), ('OFFICE_HOURS_CLOSING');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values ('0828', 'OFFICE_HOURS_OPENING', 9, date '2020-01-01', 'migratie', now(), 'TOE-2; memo 001: bereikbaar op werkdagen 09:00-17:00'),
       (null, 'OFFICE_HOURS_OPENING', 9, date '2020-01-01', 'migratie', now(), 'TOE-2; memo 001: bereikbaar op werkdagen 09:00-17:00'),
       ('0828', 'OFFICE_HOURS_CLOSING', 17, date '2020-01-01', 'migratie', now(), 'TOE-2; memo 001: bereikbaar op werkdagen 09:00-17:00'),
       (null, 'OFFICE_HOURS_CLOSING', 17, date '2020-01-01', 'migratie', now(), 'TOE-2; memo 001: bereikbaar op werkdagen 09:00-17:00');
