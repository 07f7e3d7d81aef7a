-- Issue 19 P1, ADR 0053: monitoring handles a registration (HelpRequestRegistered) in one listener, the dashboard's,
-- which feeds the treatment-wait, outcome and school read models in the same transaction. Deliveries still open
-- for the three listeners that no longer exist would never complete: each registration among them gets one open
-- delivery to the remaining listener instead (unless it has one already), and theirs are removed. Every read model
-- of a registration is idempotent, so handling a registration again changes nothing already stored.
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                               completion_attempts, last_resubmission_date)
select gen_random_uuid(),
       'nl.jeugdregie.monitoring.internal.dashboard.DashboardProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)',
       old.event_type, old.serialized_event, min(old.publication_date), 'PUBLISHED', 0, null
from event_publication old
where old.completion_date is null
  and old.event_type = 'nl.jeugdregie.intake.HelpRequestRegistered'
  and old.listener_id in (
      'nl.jeugdregie.monitoring.internal.TreatmentWaitProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)',
      'nl.jeugdregie.monitoring.internal.outcomes.OutcomeProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)',
      'nl.jeugdregie.monitoring.internal.schools.SchoolsProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)')
  and not exists (select 1 from event_publication open_one
                  where open_one.completion_date is null
                    and open_one.serialized_event = old.serialized_event
                    and open_one.listener_id = 'nl.jeugdregie.monitoring.internal.dashboard.DashboardProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)')
group by old.event_type, old.serialized_event;

delete from event_publication
where completion_date is null
  and event_type = 'nl.jeugdregie.intake.HelpRequestRegistered'
  and listener_id in (
      'nl.jeugdregie.monitoring.internal.TreatmentWaitProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)',
      'nl.jeugdregie.monitoring.internal.outcomes.OutcomeProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)',
      'nl.jeugdregie.monitoring.internal.schools.SchoolsProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)');
