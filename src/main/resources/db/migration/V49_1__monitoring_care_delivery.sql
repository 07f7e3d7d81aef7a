-- MON-5 "start and end dates of care": the actual start and stop of care as providers reported them in accepted
-- JW305/JW307 messages (messaging's CareStarted/CareEnded), per allocation. No personal data. A withdrawn start
-- removes its row; a withdrawn stop clears the end again.
create table monitoring_care_delivery
(
    municipality_code char(4) not null,
    allocation_number bigint  not null,
    started_on        date    not null,
    ended_on          date,
    end_reason        char(2),
    temporary         boolean not null default false,
    primary key (municipality_code, allocation_number, started_on)
);
create index monitoring_care_delivery_ended_idx on monitoring_care_delivery (municipality_code, ended_on);
