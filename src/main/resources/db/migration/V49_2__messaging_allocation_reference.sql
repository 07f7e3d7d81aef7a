-- Issue 16 (TOEW-7, ADR 0048): an allocation that answers a provider's request (JW315, JW317) carries that request's
-- ReferentieAanbieder in every JW301 about it; the request counts as allocated from then on (TR359, TR374).
create table messaging_allocation_reference
(
    municipality_code char(4) not null references municipality (code),
    allocation_number bigint  not null,
    request_id        uuid    not null references messaging_request (id),
    reference         text    not null check (length(reference) between 1 and 20),
    primary key (municipality_code, allocation_number)
);
create index messaging_allocation_reference_request_idx on messaging_allocation_reference (request_id);
