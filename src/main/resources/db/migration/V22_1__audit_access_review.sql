-- Break-the-glass review and the AVG article 15 overview (SEC-2, issue 11 item 6, ADR 0025).
-- The audit trail gets two actions: a team lead's review of a read with a reason, and the making of a client's
-- overview of accesses by the privacy officer. The list is replaced whole, so it stays the one place naming them.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check check (action in ('READ', 'CREATE', 'UPDATE',
    'REFUSED', 'LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED', 'TOKEN_ISSUED', 'TOKEN_REVOKED',
    'ACCESS_REVIEWED', 'ACCESS_OVERVIEW_MADE'));

-- One row per read with a reason by someone outside the team that holds the file, written in the same transaction
-- as the read's audit row (fail-closed, ADR 0019). Who read, when and why stay in the tamper-evident audit row this
-- row points to; here are the team whose lead reviews it and the review itself. Decisions are final: a decided row
-- is not decided again (the version makes two leads deciding at once one effect).
create table access_review
(
    audit_event_id    bigint primary key references audit_event (id),
    municipality_code char(4)     not null check (municipality_code ~ '^[0-9]{4}$'),
    -- The team that holds the file; no foreign key, like the audit trail, so it never depends on identity's tables.
    team_id           uuid        not null,
    -- The reader's own team at the moment of reading (a case worker always has one).
    actor_team_id     uuid,
    -- The moment of the read (the audit row's), from which the review term runs.
    read_at           timestamptz not null,
    decision          text check (decision in ('JUSTIFIED', 'REPORTED')),
    explanation       text check (length(explanation) between 1 and 500),
    decided_by        text,
    decided_at        timestamptz,
    version           bigint      not null default 0,
    check ((decision is null) = (decided_by is null) and (decision is null) = (decided_at is null)),
    check (decision is distinct from 'REPORTED' or explanation is not null)
);
create index access_review_team_idx on access_review (municipality_code, team_id, read_at desc);
create index access_review_open_idx on access_review (municipality_code, read_at) where decision is null;

-- SEC-2: unreviewed reads with a reason older than this term are flagged (days; 14 by default, dated per
-- municipality like the other norms, ADR 0005).
insert into norm_key (key) values ('ACCESS_REVIEW_TERM');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
select code, 'ACCESS_REVIEW_TERM', 14, date '2020-01-01', 'migratie', now(),
       'SEC-2; issue 11: een inzage met reden wordt binnen 14 dagen beoordeeld'
from municipality
union all
select null, 'ACCESS_REVIEW_TERM', 14, date '2020-01-01', 'migratie', now(),
       'SEC-2; issue 11: een inzage met reden wordt binnen 14 dagen beoordeeld';
