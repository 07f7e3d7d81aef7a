-- SEC-2 (issue 11 item 4): case numbers count per municipality and year (HV-0828-2026-000123), so a municipality
-- cannot tell from its own numbers how many requests the others register. Existing numbers stay as they are;
-- the old global sequences go.
create table case_number_counter
(
    prefix            char(2) not null check (prefix ~ '^[A-Z]{2}$'),
    municipality_code char(4) not null check (municipality_code ~ '^[0-9]{4}$'),
    year              integer not null check (year between 2000 and 9999),
    last_value        bigint  not null check (last_value > 0),
    primary key (prefix, municipality_code, year)
);
drop sequence help_request_number_seq;
drop sequence household_number_seq;
drop sequence social_work_number_seq;
