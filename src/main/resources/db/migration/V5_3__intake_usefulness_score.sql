-- MON-3 (client satisfaction, CBS outcome indicators): after closure the professional records how useful the
-- young person or a parent found the help, 1 to 10; at most one score per respondent per request.
create table usefulness_score
(
    help_request_id uuid        not null references help_request (id),
    respondent      text        not null check (respondent in ('YOUNG_PERSON', 'PARENT')),
    score           int         not null check (score between 1 and 10),
    scored_on       date        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    primary key (help_request_id, respondent)
);
