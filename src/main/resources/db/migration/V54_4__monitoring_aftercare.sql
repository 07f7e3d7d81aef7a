-- MON-5 (ADR 0058): monitoring's read model of aftercare decisions, from allocation's AftercareRecorded. One row per
-- allocation; the latest version wins and a redelivered event changes nothing. The transformation report counts them
-- by the quarter of the allocation's last day (monitoring_in_kind_provision.valid_until).
create table monitoring_aftercare
(
    municipality_code char(4)     not null,
    allocation_number bigint      not null,
    kind              text        not null check (kind in ('CJG', 'OTHER_PARTY', 'NONE')),
    starts_on         date,
    care_ended_on     date        not null,
    version           bigint      not null,
    recorded_at       timestamptz not null,
    primary key (municipality_code, allocation_number)
);
