-- TOE-10: a crisis is picked up directly, so its treatment term is the same day (0 days) instead of the ordinary
-- two weeks. A dated norm for every municipality and as product default, like the other norms.
insert into norm_key (key) values ('CRISIS_TREATMENT_START_TERM');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
select code, 'CRISIS_TREATMENT_START_TERM', 0, date '2020-01-01', 'migratie', now(),
       'TOE-10; memo 001: een crisis wordt direct opgepakt'
from municipality
union all
select null, 'CRISIS_TREATMENT_START_TERM', 0, date '2020-01-01', 'migratie', now(),
       'TOE-10; memo 001: een crisis wordt direct opgepakt';
