-- TOE-6: while an applicant waits longer than the term, the professional agrees how often they will be in
-- contact until treatment starts, and records each contact.
alter table help_request
    add column contact_every_days int check (contact_every_days between 1 and 31),
    add column contact_agreed_on  date,
    add column contact_agreed_by  text,
    add constraint help_request_contact_agreement_complete check (
        (contact_every_days is null) = (contact_agreed_on is null));

create table help_request_waiting_contact
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    contacted_on    date        not null,
    professional    text        not null,
    recorded_at     timestamptz not null
);
create index help_request_waiting_contact_request_idx on help_request_waiting_contact (help_request_id, contacted_on);
