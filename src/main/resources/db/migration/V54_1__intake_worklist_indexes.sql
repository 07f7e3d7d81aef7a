-- The worklist reads a team's most urgent waiting requests and its recently started ones, at most a page of each
-- (issue 19, the soak of P1). help_request_worklist_idx (team, state, deadline) cannot give the worklist's order
-- (crises first, then deadline, then registration), so PostgreSQL read and sorted every waiting request of the team
-- on each call: 30 ms at 6,000 waiting, the heaviest statement of the soak. These two indexes hold each list in the
-- order it is shown, so a call reads only the rows it returns; the first also counts the team's waiting requests
-- without visiting the table.
create index help_request_awaiting_idx on help_request (team_id, (crisis = 'NONE'), treatment_deadline, registered_at)
    where state = 'AWAITING_TREATMENT';
create index help_request_started_idx on help_request (team_id, treatment_started_on desc, registered_at desc)
    where treatment_started_on is not null;
