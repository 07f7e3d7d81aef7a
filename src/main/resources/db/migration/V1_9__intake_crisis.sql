-- TOE-10: a crisis goes to the top of the team's list during office hours; outside them the crisis protocol applies.
alter table help_request
    add column crisis text not null default 'NONE'
        check (crisis in ('NONE', 'DURING_OFFICE_HOURS', 'OUTSIDE_OFFICE_HOURS'));
