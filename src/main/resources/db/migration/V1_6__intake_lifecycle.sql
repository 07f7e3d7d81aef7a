-- The help request's lifecycle after the first conversation (TOE-4, TOE-7, TOE-8): triage, CJG treatment,
-- the application for specialised care and closure with an end reason; every conversation is kept.
-- The old state checks knew only two states; their generated names differ, so find them by what they check.
do
$$
    declare
        old_check record;
    begin
        for old_check in select conname from pg_constraint
                         where conrelid = 'help_request'::regclass and contype = 'c'
                           and pg_get_constraintdef(oid) like '%IN_TREATMENT%'
            loop
                execute format('alter table help_request drop constraint %I', old_check.conname);
            end loop;
    end
$$;

update help_request set state = 'IN_TRIAGE' where state = 'IN_TREATMENT';

alter table help_request
    add constraint help_request_state_check check (state in ('AWAITING_TREATMENT', 'IN_TRIAGE', 'IN_CJG_TREATMENT',
                                                             'AWAITING_APPLICATION', 'APPLICATION_MADE', 'CLOSED')),
    -- Treatment starts at the first conversation; a request can be closed before it (withdrawn, moved away).
    add constraint help_request_started_after_waiting check (
        (state = 'AWAITING_TREATMENT' and treatment_started_on is null)
        or state = 'CLOSED'
        or (state <> 'AWAITING_TREATMENT' and treatment_started_on is not null)),
    add column triage_outcome        text check (triage_outcome in ('CJG_TREATMENT', 'SOCIAL_TEAM', 'PRECEDING_FIELD',
                                                                    'SPECIALISED_CARE', 'NO_CARE_NEEDED')),
    add column triage_urgency        text check (triage_urgency in ('LOW', 'NORMAL', 'HIGH')),
    add column triage_reason         text check (length(triage_reason) <= 2000),
    add column family_explanation    text check (length(family_explanation) <= 2000),
    add column triaged_on            date,
    add column triaged_by            text,
    add column continuation_reason   text check (length(continuation_reason) <= 2000),
    add column continuation_on       date,
    add column continuation_by       text,
    add column application_due       date,
    add column applied_on            date,
    add column lead_time_deadline    date,
    add column closed_on             date,
    add column closure_reason        text check (closure_reason in ('SOLVED_BY_CJG', 'HANDED_TO_SOCIAL_TEAM',
                                                                    'REFERRED_TO_PRECEDING_FIELD', 'NO_CARE_NEEDED',
                                                                    'SPECIALISED_CARE_STARTED', 'WITHDRAWN',
                                                                    'MOVED_AWAY', 'OTHER')),
    add column closed_by             text,
    add constraint help_request_closed_with_reason check ((state = 'CLOSED') = (closure_reason is not null)),
    add constraint help_request_triage_complete check (
        triage_outcome is null or (triage_urgency is not null and triage_reason is not null and triaged_on is not null));

create table help_request_conversation
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    held_on         date        not null,
    professional    text        not null,
    recorded_at     timestamptz not null
);
create index help_request_conversation_request_idx on help_request_conversation (help_request_id, held_on);

-- The first conversations recorded before this migration become the first rows of the conversation log.
insert into help_request_conversation (help_request_id, held_on, professional, recorded_at)
select id, treatment_started_on, treatment_started_by, now()
from help_request
where treatment_started_on is not null;
