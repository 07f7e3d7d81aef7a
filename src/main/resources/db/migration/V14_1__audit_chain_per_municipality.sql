-- Issue 19, ADR 0019: one audit chain per municipality instead of one chain for the whole trail, so that
-- municipalities no longer wait for each other's appends. The rows written so far keep their one global chain
-- (the legacy chain); this table records where it ends. Every later row links to the previous row of its own
-- municipality, and a municipality's first row to that municipality's genesis hash, which is derived from the
-- municipality code and the legacy chain's last hash (AuditHashChain.genesis). Verification walks the legacy
-- chain up to the cutover and checks that it still ends in legacy_head_hash, then each municipality's chain.
create table audit_chain_cutover
(
    -- Exactly one row.
    single           boolean primary key default true check (single),
    -- The highest id of the legacy chain; 0 when the trail was empty.
    last_legacy_id   bigint   not null check (last_legacy_id >= 0),
    -- The hash of that row; sixty-four zeros (the legacy genesis) when the trail was empty.
    legacy_head_hash char(64) not null
);

insert into audit_chain_cutover (last_legacy_id, legacy_head_hash)
select coalesce((select max(id) from audit_event), 0),
       coalesce((select hash from audit_event order by id desc limit 1), repeat('0', 64));

create function audit_chain_cutover_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_chain_cutover is fixed: % is not allowed', tg_op;
end;
$$;

create trigger audit_chain_cutover_fixed
    before insert or update or delete
    on audit_chain_cutover
    for each row
execute function audit_chain_cutover_refuse_change();

create trigger audit_chain_cutover_no_truncate
    before truncate
    on audit_chain_cutover
    for each statement
execute function audit_chain_cutover_refuse_change();

-- The append reads the last row of the actor's municipality; verification walks one municipality in id order.
create index audit_event_municipality_chain_idx on audit_event (municipality_code, id);
