-- TOE-11: consent (who gave it, for what, when, withdrawn when) and the feedback sent to the referrer.
create table help_request_consent
(
    id              uuid primary key,
    help_request_id uuid        not null references help_request (id),
    purpose         text        not null check (purpose in ('CONTENT_FEEDBACK_TO_REFERRER')),
    given_by        text        not null check (given_by in ('YOUNG_PERSON', 'PARENTS', 'BOTH')),
    given_on        date        not null,
    recorded_by     text        not null,
    withdrawn_on    date,
    withdrawn_by    text,
    check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index help_request_consent_request_idx on help_request_consent (help_request_id);

create table help_request_feedback
(
    id              bigint generated always as identity primary key,
    help_request_id uuid        not null references help_request (id),
    kind            text        not null check (kind in ('ACKNOWLEDGEMENT', 'CONTENT')),
    sent_on         date        not null,
    sent_by         text        not null,
    letter          text        not null,
    recorded_at     timestamptz not null
);
create index help_request_feedback_request_idx on help_request_feedback (help_request_id);
