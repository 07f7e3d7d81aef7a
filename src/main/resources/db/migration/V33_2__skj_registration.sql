-- SEC-1 (issue 14 item 4, ADR 0040): a youth professional's registration in the quality register (SKJ): its number
-- (digits only) and the date it is registered until. Both or neither; no registration recorded is allowed (accounts
-- made before this was kept, other roles).
alter table app_user
    add column skj_number           text check (skj_number ~ '^[0-9]{5,12}$'),
    add column skj_registered_until date,
    add constraint app_user_skj_both check ((skj_number is null) = (skj_registered_until is null));

-- SEC-1: a registration ending within this term is shown to the team lead and the administrator (product default:
-- three months). A norm with an effective date per municipality, like every norm (BEY-2).
insert into norm_key (key) values ('SKJ_REGISTRATION_NOTICE');
insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
select m.code, 'SKJ_REGISTRATION_NOTICE', 3, date '2020-01-01', 'migratie', now(),
       'SEC-1; registraties die binnen 3 maanden aflopen worden gesignaleerd'
from (select code from municipality union all select null) m;
