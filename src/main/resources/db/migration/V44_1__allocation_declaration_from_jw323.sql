-- Issue 16 (BEY-5, TOEW-7, ADR 0047): the lines of a provider's JW323 declaration the allocation module approved.
-- A JW323 line keeps its declaration number, its reference (ReferentieNummer, unique per provider: TR314) and whether
-- it is a credit line (it cancels the approved debit line with the same reference: TR323, TR390).
alter table allocation_declaration drop constraint allocation_declaration_source_check;
alter table allocation_declaration add constraint allocation_declaration_source_check
    check (source in ('ENTERED', 'CSV', 'JW323'));
alter table allocation_declaration
    add column provider_agb       char(8),
    add column declaration_number text,
    add column line_reference     text,
    add column credit             boolean not null default false,
    add constraint allocation_declaration_jw323_check
        check (source <> 'JW323' or (provider_agb is not null and declaration_number is not null and line_reference is not null));
-- One debit and at most one credit per reference of a provider: the backstop for TR314 and TR390.
create unique index allocation_declaration_reference_idx
    on allocation_declaration (municipality_code, provider_agb, line_reference, credit) where source = 'JW323';
