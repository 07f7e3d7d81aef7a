-- The SQL the application issues for one registration through the API with a token (POST /api/v1/help-requests),
-- captured with log_statement = all on 2026-12-06 (bench/run-load-benchmark.sh with CAPTURE=1 writes the log to
-- target/registration-statements.log), replayed by pgbench as the raw baseline of P1 (issue 19). Statements,
-- transaction boundaries and order exactly as logged for the request's own connection; the literal parameter
-- values are replaced by pgbench variables or fresh values, so every run registers a new request:
--   :token  the API token's id            :team  the team of the account (CJG Oss Noord)
-- The hash of the audit row, computed by the application in Java (SHA-256), is computed here by sha256() over the
-- previous hash and the id. Monitoring's fold of its registration inbox, which follows in batches on a thread of its
-- own, is not part of the request and not replayed here.
-- Since ADR 0053 (2026-12-07): one event publication per registration (monitoring's one listener of it) instead of
-- three, and the token with its account looked up once per token every 5 seconds instead of on every call, so a
-- registration in steady state issues no token or account lookup (only the use count and the account check).
-- Since ADR 0053's amendment (2026-12-07, by hand after the code, not captured again): the event publication before
-- the number, and the chain's last hash and the next audit id in one statement.
-- Since ADR 0057 (2026-12-07, by hand after the code): no event publication; monitoring's synchronous listener writes
-- one typed row into its registration inbox at the same moment (before the number), folded later in batches.

-- 1. The token's use (ApiTokenAuthenticationFilter), outside a transaction; the token was verified a moment ago.
update api_token set use_count = use_count + 1, last_used_at = now() where id = :token;
-- 2. The account is active and needs no password change (one statement, no transaction of its own since ADR 0053).
select enabled and (active_from is null or active_from <= current_date) and (active_until is null or active_until >= current_date) as active, password_change_required from app_user where username = 'professional';
-- 3. The registration: norm, monitoring's inbox row, number, request, audit row (chain of the municipality).
BEGIN;
select municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note from ( (select municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note, 0 as preference from norm_setting where municipality_code = '0828' and norm_key = 'TREATMENT_START_TERM' and effective_from <= current_date order by effective_from desc limit 1) union all (select municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note, 1 as preference from norm_setting where municipality_code is null and norm_key = 'TREATMENT_START_TERM' and effective_from <= current_date order by effective_from desc limit 1) ) candidates order by preference limit 1;
insert into monitoring_registration_inbox (help_request_id, municipality, team_id, registered_on, treatment_deadline, channel, referrer, crisis, request_type, age_at_registration, earlier_request_id, school_location_id) values (gen_random_uuid(), '0828', :team, current_date, current_date + 14, 'PHONE', 'SCHOOL', 'NONE', 'REGULAR', 11, NULL, NULL);
insert into case_number_counter (prefix, municipality_code, year, last_value) values ('HV', '0828', 2026, 1) on conflict (prefix, municipality_code, year) do update set last_value = case_number_counter.last_value + 1 returning last_value \gset
insert into help_request (id, number, client_id, municipality_code, team_id, given_name, family_name, date_of_birth, bsn, carer_name, carer_relation, channel, referrer, question, registered_at, registered_on, registered_by, treatment_deadline, state, crisis, request_type, assigned_to, earlier_request_id, earlier_request_number, version) values (gen_random_uuid(), 'HV-0828-2026-' || lpad(:last_value::text, 6, '0'), gen_random_uuid(), '0828', :team, 'Vastleggen', 'Statement', '2015-04-01', NULL, 'Ouder', 'moeder', 'PHONE', 'SCHOOL', 'Vastleggen van de SQL.', now(), current_date, 'professional', current_date + 14, 'AWAITING_TREATMENT', 'NONE', 'REGULAR', NULL, NULL, NULL, 0);
select pg_advisory_xact_lock(7513, 828);
select (select hash from audit_event where municipality_code = '0828' and id > 0 order by id desc limit 1) as previous_hash, nextval(pg_get_serial_sequence('audit_event', 'id')) as audit_id \gset
insert into audit_event (id, occurred_at, actor_username, actor_role, municipality_code, client_id, subject, action, what, reason, actor_municipality_code, source_address, previous_hash, hash) values (:audit_id, now(), 'professional', 'YOUTH_PROFESSIONAL', '0828', gen_random_uuid(), 'Hulpvraag HV-0828-2026-' || lpad(:last_value::text, 6, '0'), 'CREATE', 'Hulpvraag geregistreerd', NULL, NULL, '127.0.0.1', :previous_hash, encode(sha256(convert_to(:previous_hash::text || :audit_id::text, 'UTF8')), 'hex'));
COMMIT;
