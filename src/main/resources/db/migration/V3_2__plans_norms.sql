-- The heavy-step durations are norms like the others (PLAN-6, PLAN-7; ADR 0008).
alter table norm_setting drop constraint norm_setting_norm_key_check;
alter table norm_setting add constraint norm_setting_norm_key_check
    check (norm_key in ('TREATMENT_START_TERM', 'MAX_CONVERSATIONS', 'APPLICATION_TERM_AFTER_LAST_CONVERSATION',
                        'ROUTE_TO_CARE_LEAD_TIME', 'SUPPORT_DURATION_REQUIRING_CONFERENCE',
                        'EXPLANATORY_ANALYSIS_VALIDITY'));

-- PLAN-6 (memo 004, Oldebroek): support longer than 6 months is not possible without an Eigen Kracht conference.
-- PLAN-7: an explanatory analysis counts as valid for 12 months before the decision (ADR 0008: the source
-- documents set no validity; 12 months is the product's decision, configurable per municipality).
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
values ('0828', 'SUPPORT_DURATION_REQUIRING_CONFERENCE', 6, date '2020-01-01', 'migratie', now(), 'Memo 004 Regie (PLAN-6)'),
       ('0828', 'EXPLANATORY_ANALYSIS_VALIDITY', 12, date '2020-01-01', 'migratie', now(), 'ADR 0008 (PLAN-7)'),
       (null, 'SUPPORT_DURATION_REQUIRING_CONFERENCE', 6, date '2020-01-01', 'migratie', now(), 'Memo 004 Regie (PLAN-6)'),
       (null, 'EXPLANATORY_ANALYSIS_VALIDITY', 12, date '2020-01-01', 'migratie', now(), 'ADR 0008 (PLAN-7)');
