-- OND-5, OND-7: monitoring's own read models of questions from schools and of children out of school (ADR 0028).
create table monitoring_school_question
(
    help_request_id    uuid primary key,
    municipality_code  char(4) not null,
    school_location_id uuid    not null,
    registered_on      date    not null
);
create index monitoring_school_question_by_month on monitoring_school_question (municipality_code, registered_on);

create table monitoring_out_of_school
(
    record_id         uuid primary key,
    municipality_code char(4) not null,
    since             date    not null,
    back_at_school_on date
);
