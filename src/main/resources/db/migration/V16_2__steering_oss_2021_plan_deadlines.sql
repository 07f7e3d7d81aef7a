-- STU-5: two deadline norms of memo 001 that V10_1 left out, on the core conditions they belong to, in the memo's
-- own words. The memo asks for both plans yearly; a deadline norm has one date, so each year is its own norm,
-- the first two years as for the social agenda (CSW-2, CSW-3).
-- Informal support: a plan "jaarlijks voor 1 februari van het volgende jaar", so at the latest on 31 January
-- (the risk register of the same memo speaks of no plan delivered "op 1-2-2022").
-- CJG prevention plan: "vastgesteld op 1 januari 2022" and updated yearly.
insert into steering_norm (assignment_id, core_condition_id, code, description, kind, target, deadline, period,
                           effective_from, measure, term_weeks, added_by, added_at)
select a.id, c.id, v.code, v.description, 'DEADLINE', null, v.deadline, 'YEAR', v.effective_from,
       'PROVIDER_FIGURES', null, 'migratie', now()
from steering_assignment a
     join steering_type_of_work t on t.assignment_id = a.id
     join steering_core_condition c on c.type_of_work_id = t.id
     join (values
  ('COLLECTIVE_SOCIAL_WORK', 2, 'IO-1', 'Ten aanzien van de inzet van vrijwilligers en ondersteuning van mantelzorgers zorgt de welzijnsaanbieder jaarlijks voor 1 februari van het volgende jaar voor een plan hoe zij de inzet en coördinatie van informele ondersteuning uitvoert. (Plan voor 1 februari 2022.)',
   date '2022-01-31', date '2021-01-01'),
  ('COLLECTIVE_SOCIAL_WORK', 2, 'IO-2', 'Ten aanzien van de inzet van vrijwilligers en ondersteuning van mantelzorgers zorgt de welzijnsaanbieder jaarlijks voor 1 februari van het volgende jaar voor een plan hoe zij de inzet en coördinatie van informele ondersteuning uitvoert. (Plan voor 1 februari 2023.)',
   date '2023-01-31', date '2022-01-01'),
  ('YOUTH', 1, 'CJG-1', 'Het CJG biedt preventieve activiteiten op basis van een concreet preventieplan. Dit plan is vastgesteld op 1 januari 2022.',
   date '2022-01-01', date '2021-01-01'),
  ('YOUTH', 1, 'CJG-2', 'Het CJG actualiseert dit preventieplan jaarlijks op basis van effectiviteit. (Geactualiseerd op 1 januari 2023.)',
   date '2023-01-01', date '2022-01-01')
  ) v(type_code, condition_position, code, description, deadline, effective_from)
       on v.type_code = t.code and v.condition_position = c.position
where a.municipality_code = '0828' and a.year = 2021;
