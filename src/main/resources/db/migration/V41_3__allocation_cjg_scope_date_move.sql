-- Issue 15, item 6 (TOEW-8): a scope's date can be moved (later always, earlier only while still at least the
-- CJG_TRANSFER_NOTICE norm after the notice). The version makes two moves at once one win and one stale; each
-- provider told gets a new notice, dated on the notice row.
alter table allocation_cjg_scope add column version bigint not null default 0;

alter table allocation_cjg_notice add column renoticed_on date;
