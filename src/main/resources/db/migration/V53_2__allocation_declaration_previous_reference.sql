-- Issue 16, iJw IV091, TR323 (8017), TR390 (9390): a credit line of a JW323 has its own ReferentieNummer and names the
-- debit line it cancels in VorigReferentieNummer; the credit is recorded with that reference, so a second credit of the
-- same debit line is recognised.
alter table allocation_declaration add column previous_reference text;
create index allocation_declaration_previous_reference_idx on allocation_declaration (municipality_code, provider_agb, previous_reference)
    where previous_reference is not null;
