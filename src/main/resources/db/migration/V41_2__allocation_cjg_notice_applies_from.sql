-- Issue 15, item 6 (TOEW-8): a provider contracted for a category after it was marked within the CJG's scope gets its
-- notice on contracting; the transfer applies to it only from the later of the scope's date and its notice plus the
-- CJG_TRANSFER_NOTICE norm. Every notice keeps the day the transfer applies to its provider.
alter table allocation_cjg_notice add column applies_from date;

update allocation_cjg_notice n set applies_from = s.effective_from
from allocation_cjg_scope s where s.id = n.scope_id;

alter table allocation_cjg_notice
    alter column applies_from set not null,
    add constraint allocation_cjg_notice_applies_after_notice check (applies_from > noticed_on);
