-- PLAN-3 "één gezin, één plan, één regisseur": a young person is in one household of the municipality at a time.
-- A young person is recognised by BSN, and by the pseudonymous client id intake gives every request about the
-- same young person (returning clients keep theirs).
alter table household_member
    add column bsn       char(9) check (bsn ~ '^[0-9]{9}$'),
    add column client_id uuid;
alter table household_help_request
    add column client_id uuid;
-- One-off backfill of the young person behind each linked request, so existing duplicates show on the team
-- lead's list; from here on the plans module is told the client id by intake's directory.
update household_help_request l set client_id = r.client_id from help_request r where r.id = l.help_request_id;
create index household_member_bsn_idx on household_member (bsn) where bsn is not null;
create index household_member_client_idx on household_member (client_id) where client_id is not null;
create index household_help_request_client_idx on household_help_request (client_id) where client_id is not null;
