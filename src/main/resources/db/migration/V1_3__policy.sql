-- A municipality's norms as data with an effective date (BEY-2). A changed norm applies to help requests
-- registered from its effective date on, so a new value is a new row and earlier rows stay: they are the
-- history, and requests registered under them keep their norm.
create table norm_setting
(
    id                bigint generated always as identity primary key,
    -- null: the product default, used by municipalities without a value of their own for that date
    municipality_code char(4) references municipality (code),
    norm_key          text        not null check (norm_key in ('TREATMENT_START_TERM', 'MAX_CONVERSATIONS',
                                                               'APPLICATION_TERM_AFTER_LAST_CONVERSATION',
                                                               'ROUTE_TO_CARE_LEAD_TIME')),
    amount            int         not null check (amount >= 0),
    effective_from    date        not null,
    changed_by        text        not null,
    changed_at        timestamptz not null,
    note              text,
    -- "nulls not distinct": otherwise two product defaults (municipality_code null) for the same date would
    -- not collide. The constraint's index (municipality, key, date) also serves the lookup of the value in effect.
    constraint norm_setting_one_value_per_date unique nulls not distinct (municipality_code, norm_key, effective_from)
);

-- The values below come from memo 001 "Kernbeding Hulpvragen" (gemeente Oss, introduction of Jeugdregie):
--   TOE-5  a help request is taken into treatment within 2 weeks of registration;
--   TOE-7  a professional solving a request alone has at most 5 conversations, and applies for specialised
--          care within 2 weeks of the last conversation;
--   TOE-8  the statutory lead time of the route to care is 8 weeks.
-- Effective 2020-01-01 so they apply to every request ever registered in Jeugdregie.
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values ('0828', 'TREATMENT_START_TERM', 2, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-5)'),
       ('0828', 'MAX_CONVERSATIONS', 5, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-7)'),
       ('0828', 'APPLICATION_TERM_AFTER_LAST_CONVERSATION', 2, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-7)'),
       ('0828', 'ROUTE_TO_CARE_LEAD_TIME', 8, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-8)');

-- The product defaults are Oss's values from the same memo, until a municipality sets its own.
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values (null, 'TREATMENT_START_TERM', 2, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-5)'),
       (null, 'MAX_CONVERSATIONS', 5, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-7)'),
       (null, 'APPLICATION_TERM_AFTER_LAST_CONVERSATION', 2, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-7)'),
       (null, 'ROUTE_TO_CARE_LEAD_TIME', 8, date '2020-01-01', 'migratie', now(), 'Memo 001 Kernbeding Hulpvragen (TOE-8)');
