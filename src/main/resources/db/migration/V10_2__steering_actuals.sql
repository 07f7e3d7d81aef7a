-- STU-4, STU-7: half-yearly actuals per financing line with the provider's explanation, planned and performed
-- activities for the pro-rata reclaim, editable financing lines, and the memo's documented rounding difference.

-- Memo 001 states subtotals whose sum is the cap; its own lines add up to 1 cent more (the Jeugd subtotal). That
-- stated rounding difference is allowed on top of the cap (ADR 0014), so legitimate edits are not refused for it.
alter table steering_assignment
    add column stated_rounding_difference_cents bigint not null default 0
        check (stated_rounding_difference_cents between 0 and 100);
update steering_assignment set stated_rounding_difference_cents = 1 where municipality_code = '0828' and year = 2021;

alter table steering_financing_line
    add column version    int not null default 0,
    add column changed_by text,
    add column changed_at timestamptz;

-- What the provider spent on a line in a half year (realisatie), with its explanation where required.
create table steering_actual
(
    id                   bigint generated always as identity primary key,
    financing_line_id    bigint      not null references steering_financing_line (id),
    half_year_start      date        not null check (extract(day from half_year_start) = 1
                                                     and extract(month from half_year_start) in (1, 7)),
    amount_cents         bigint      not null check (amount_cents >= 0),
    explanation          text,
    planned_activities   int check (planned_activities >= 0),
    performed_activities int check (performed_activities >= 0),
    delivered_by         text        not null,
    delivered_at         timestamptz not null,
    unique (financing_line_id, half_year_start),
    check ((planned_activities is null) = (performed_activities is null))
);
