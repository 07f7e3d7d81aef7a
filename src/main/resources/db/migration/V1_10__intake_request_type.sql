-- TOE-16: integrated early help (integrale vroeghulp) is a kind of registration with its own coordination list.
alter table help_request
    add column request_type text not null default 'REGULAR' check (request_type in ('REGULAR', 'INTEGRATED_EARLY_HELP'));
create index help_request_early_help_idx on help_request (team_id) where request_type = 'INTEGRATED_EARLY_HELP';
