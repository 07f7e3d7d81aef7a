package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scopes, notices and out-of-scope situations; every query is scoped to one municipality. */
@Repository
class CjgTransferRecords {

	private static final String NOTICE = """
			select n.id, n.provider_id, p.name as provider_name, s.category, n.noticed_on, n.applies_from,
			    s.effective_from, s.noticed_on as scope_noticed_on, n.renoticed_on
			from allocation_cjg_notice n
			join allocation_cjg_scope s on s.id = n.scope_id
			join allocation_provider p on p.id = n.provider_id""";

	private final JdbcClient jdbc;

	CjgTransferRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CjgScope> scopes(MunicipalityCode municipality) {
		return jdbc.sql("select * from allocation_cjg_scope where municipality_code = ? order by effective_from, category")
				.param(municipality.value()).query(CjgTransferRecords::scope).list();
	}

	void insertScope(UUID id, MunicipalityCode municipality, NewScope scope, String by, Instant at) {
		jdbc.sql("""
				insert into allocation_cjg_scope (id, municipality_code, category, effective_from, noticed_on, marked_by, marked_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, municipality.value(), scope.category().code(), scope.effectiveFrom(), scope.noticedOn(), by,
						java.sql.Timestamp.from(at))
				.update();
	}

	/** The providers with a contract running on {@code day} or later for a product of the category. */
	List<ProviderId> contractedFor(MunicipalityCode municipality, ProductCategory category, LocalDate day) {
		return jdbc.sql("""
				select distinct c.provider_id from allocation_contract c
				join allocation_contract_product cp on cp.contract_id = c.id
				join allocation_product p on p.id = cp.product_id
				where c.municipality_code = ? and p.category = ? and (c.valid_until is null or c.valid_until >= ?)""")
				.params(municipality.value(), category.code(), day)
				.query((rs, row) -> new ProviderId(rs.getObject(1, UUID.class))).list();
	}

	/** Records a provider's notice of a scope; false when it already has one (a marking and a contract at once). */
	boolean insertNotice(UUID scope, ProviderId provider, MunicipalityCode municipality, LocalDate noticedOn,
			LocalDate appliesFrom) {
		return jdbc.sql("""
				insert into allocation_cjg_notice (id, scope_id, provider_id, municipality_code, noticed_on, applies_from)
				values (?, ?, ?, ?, ?, ?) on conflict (scope_id, provider_id) do nothing""")
				.params(UUID.randomUUID(), scope, provider.value(), municipality.value(), noticedOn, appliesFrom).update() == 1;
	}

	/** The day the scope's transfer applies to the provider, by its notice; empty when it has none. */
	Optional<LocalDate> appliesFrom(UUID scope, ProviderId provider) {
		return jdbc.sql("select applies_from from allocation_cjg_notice where scope_id = ? and provider_id = ?")
				.params(scope, provider.value()).query((rs, row) -> rs.getObject(1, LocalDate.class)).optional();
	}

	/**
	 * Serialises the notices of one municipality: a marking and a contract recorded at once cannot both miss the
	 * other (each reads the other's rows only after the first commits).
	 */
	void lockNotices(MunicipalityCode municipality) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('allocation_cjg_notice:' || ?))").param(municipality.value())
				.query((rs, row) -> 1).list();
	}

	/** The notices of the municipality, or of one provider only; soonest transfer first. */
	List<TransferNotice> notices(MunicipalityCode municipality, @Nullable ProviderId provider) {
		return jdbc.sql(NOTICE + """
				 where n.municipality_code = ? and (cast(? as uuid) is null or n.provider_id = ?)
				order by s.effective_from, lower(p.name)""")
				.params(municipality.value(), provider == null ? null : provider.value(), provider == null ? null : provider.value())
				.query(CjgTransferRecords::notice).list();
	}

	/** The scope, its row locked for a change (TOEW-8: moving its date). */
	Optional<CjgScope> lockScope(MunicipalityCode municipality, UUID id) {
		return jdbc.sql("select * from allocation_cjg_scope where municipality_code = ? and id = ? for update")
				.params(municipality.value(), id).query(CjgTransferRecords::scope).optional();
	}

	/** Moves the scope's date on the version read; false when another change came first. */
	boolean moveScope(CjgScope moved) {
		return jdbc.sql("update allocation_cjg_scope set effective_from = ?, version = ? where id = ? and version = ?")
				.params(moved.effectiveFrom(), moved.version(), moved.id(), moved.version() - 1).update() == 1;
	}

	/** The notices of one scope, in the order of the providers' names. */
	List<TransferNotice> noticesOfScope(UUID scope) {
		return jdbc.sql(NOTICE + " where n.scope_id = ? order by lower(p.name)").param(scope)
				.query(CjgTransferRecords::notice).list();
	}

	/** A new notice to the provider of a moved scope: told today, the transfer applying to it from {@code appliesFrom}. */
	void renotice(UUID notice, LocalDate on, LocalDate appliesFrom) {
		jdbc.sql("update allocation_cjg_notice set renoticed_on = ?, applies_from = ? where id = ?")
				.params(on, appliesFrom, notice).update();
	}

	/** The municipality's own list when it keeps one, the Oldebroek defaults otherwise. */
	List<OutOfScopeSituation> situations(MunicipalityCode municipality) {
		var own = keepsOwnList(municipality);
		return jdbc.sql("""
				select id, label from allocation_cjg_out_of_scope
				where withdrawn_at is null and municipality_code is not distinct from ? order by position, lower(label)""")
				.param(own ? municipality.value() : null)
				.query((rs, row) -> new OutOfScopeSituation(rs.getObject("id", UUID.class), rs.getString("label"))).list();
	}

	Optional<OutOfScopeSituation> situation(MunicipalityCode municipality, UUID id) {
		return situations(municipality).stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/** Copies the defaults into the municipality's own list before its first change. */
	void keepOwnList(MunicipalityCode municipality) {
		// The advisory lock makes two first changes at once copy the defaults once.
		jdbc.sql("select pg_advisory_xact_lock(hashtext('allocation_cjg_out_of_scope:' || ?))").param(municipality.value())
				.query((rs, row) -> 1).list();
		if (keepsOwnList(municipality)) {
			return;
		}
		jdbc.sql("""
				insert into allocation_cjg_out_of_scope (id, municipality_code, label, position)
				select gen_random_uuid(), ?, label, position from allocation_cjg_out_of_scope
				where municipality_code is null and withdrawn_at is null""").param(municipality.value()).update();
	}

	void insertSituation(UUID id, MunicipalityCode municipality, String label) {
		jdbc.sql("""
				insert into allocation_cjg_out_of_scope (id, municipality_code, label, position)
				values (?, ?, ?, (select coalesce(max(position), 0) + 1 from allocation_cjg_out_of_scope where municipality_code = ?))""")
				.params(id, municipality.value(), label, municipality.value()).update();
	}

	/** Withdraws a situation of the municipality's own list; false when it has no such (current) situation. */
	boolean withdraw(MunicipalityCode municipality, UUID id, String by, Instant at) {
		return jdbc.sql("""
				update allocation_cjg_out_of_scope set withdrawn_by = ?, withdrawn_at = ?
				where municipality_code = ? and id = ? and withdrawn_at is null""")
				.params(by, java.sql.Timestamp.from(at), municipality.value(), id).update() == 1;
	}

	/** The situation of the municipality's own list with the label a default had, after copying the defaults. */
	Optional<UUID> ownWithLabelOf(MunicipalityCode municipality, UUID defaultId) {
		return jdbc.sql("""
				select o.id from allocation_cjg_out_of_scope o join allocation_cjg_out_of_scope d on lower(d.label) = lower(o.label)
				where d.id = ? and d.municipality_code is null and o.municipality_code = ? and o.withdrawn_at is null""")
				.params(defaultId, municipality.value()).query((rs, row) -> rs.getObject(1, UUID.class)).optional();
	}

	private boolean keepsOwnList(MunicipalityCode municipality) {
		return jdbc.sql("select exists (select 1 from allocation_cjg_out_of_scope where municipality_code = ?)")
				.param(municipality.value()).query(Boolean.class).single();
	}

	private static CjgScope scope(ResultSet rs, int row) throws SQLException {
		return new CjgScope(rs.getObject("id", UUID.class), ProductCategory.ofCode(rs.getString("category")).orElseThrow(),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("noticed_on", LocalDate.class), rs.getLong("version"));
	}

	private static TransferNotice notice(ResultSet rs, int row) throws SQLException {
		return new TransferNotice(rs.getObject("id", UUID.class), new ProviderId(rs.getObject("provider_id", UUID.class)),
				rs.getString("provider_name"), ProductCategory.ofCode(rs.getString("category")).orElseThrow(),
				rs.getObject("noticed_on", LocalDate.class), rs.getObject("applies_from", LocalDate.class),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("scope_noticed_on", LocalDate.class),
				rs.getObject("renoticed_on", LocalDate.class));
	}
}
