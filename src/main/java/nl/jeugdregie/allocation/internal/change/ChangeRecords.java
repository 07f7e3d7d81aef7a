package nl.jeugdregie.allocation.internal.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocations as they stand, their changes and history rows. */
@Repository
class ChangeRecords {

	private static final String ALLOCATION = """
			select a.*, d.arrangement_id, d.extension, p.name as provider_name,
			       pr.category || ' · ' || pr.code || ' ' || pr.name as product_label
			from allocation_allocation a
			join allocation_decision d on d.id = a.decision_id
			join allocation_provider p on p.id = a.provider_id
			join allocation_product pr on pr.id = a.product_id
			where a.municipality_code = ? and a.number = ?""";

	private final JdbcClient jdbc;

	ChangeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CurrentAllocation> find(MunicipalityCode municipality, long number) {
		return jdbc.sql(ALLOCATION).params(municipality.value(), number).query(ChangeRecords::allocation).optional();
	}

	/** The allocation, its row locked until the transaction ends: changes of one allocation happen one after another. */
	Optional<CurrentAllocation> lock(MunicipalityCode municipality, long number) {
		return jdbc.sql(ALLOCATION + " for update of a").params(municipality.value(), number)
				.query(ChangeRecords::allocation).optional();
	}

	void end(UUID id, LocalDate validUntil, long budgetCents, @Nullable Long replacedBy) {
		jdbc.sql("update allocation_allocation set valid_until = ?, budget_cents = ?, replaced_by = ? where id = ?")
				.params(validUntil, budgetCents, replacedBy, id).update();
	}

	void changeVolume(UUID id, int volume, long budgetCents) {
		jdbc.sql("update allocation_allocation set volume = ?, budget_cents = ? where id = ?")
				.params(volume, budgetCents, id).update();
	}

	void withdraw(UUID id, Instant at) {
		jdbc.sql("update allocation_allocation set withdrawn_at = ? where id = ?").params(Timestamp.from(at), id).update();
	}

	/** TR385: the allocation's declaration lines; every recorded line is an approved one. */
	long approvedDeclarationLines(UUID allocation) {
		return jdbc.sql("select count(*) from allocation_declaration where allocation_id = ?").param(allocation)
				.query(Long.class).single();
	}

	/** The next allocation number of the municipality (the counter decisions use); locked until the transaction ends. */
	long nextNumber(MunicipalityCode municipality) {
		return jdbc.sql("""
				insert into allocation_number_counter (municipality_code, last_value) values (?, 1)
				on conflict (municipality_code) do update set last_value = allocation_number_counter.last_value + 1
				returning last_value""").param(municipality.value()).query(Long.class).single();
	}

	/** A new allocation for the same line, decision, provider and contract that replaces {@code old}. */
	void insertReplacement(CurrentAllocation old, UUID id, long number, int volume, ValidityPeriod period,
			long budgetCents, long tariffCents) {
		jdbc.sql("""
				insert into allocation_allocation (id, decision_id, line_id, municipality_code, number, help_request_id,
				    team_id, young_person, product_id, provider_id, contract_id, category, volume, unit, frequency,
				    valid_from, valid_until, financing, budget_cents, tariff_cents, replaces)
				select ?, decision_id, line_id, municipality_code, ?, help_request_id, team_id, young_person, product_id,
				       provider_id, contract_id, category, ?, unit, frequency, ?, ?, financing, ?, ?, number
				from allocation_allocation where id = ?""")
				.params(id, number, volume, period.from(), period.until(), budgetCents, tariffCents, old.id()).update();
	}

	void history(CurrentAllocation allocation, HistoryEntry entry) {
		jdbc.sql("""
				insert into allocation_allocation_change (id, allocation_id, municipality_code, allocation_number, kind, reason,
				    until_before, until_after, volume_before, volume_after, other_number, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), allocation.id(), allocation.municipality().value(), allocation.number(),
						entry.kind().name(), entry.reason() == null ? null : entry.reason().code(), entry.untilBefore(),
						entry.untilAfter(), entry.volumeBefore(), entry.volumeAfter(), entry.otherNumber(), entry.changedBy(),
						Timestamp.from(entry.changedAt()))
				.update();
	}

	/** The allocation's changes, oldest first. */
	List<HistoryEntry> historyOf(UUID allocation) {
		return jdbc.sql("select * from allocation_allocation_change where allocation_id = ? order by changed_at, kind")
				.param(allocation)
				.query((rs, row) -> new HistoryEntry(HistoryEntry.Kind.valueOf(rs.getString("kind")),
						rs.getString("reason") == null ? null : ChangeReason.ofCode(rs.getString("reason")).orElse(null),
						rs.getObject("until_before", LocalDate.class), rs.getObject("until_after", LocalDate.class),
						(Integer) rs.getObject("volume_before"), (Integer) rs.getObject("volume_after"),
						(Long) rs.getObject("other_number"), rs.getString("changed_by"),
						rs.getTimestamp("changed_at").toInstant()))
				.list();
	}

	private static CurrentAllocation allocation(ResultSet rs, int row) throws SQLException {
		var youngPerson = rs.getObject("young_person", UUID.class);
		var withdrawn = rs.getTimestamp("withdrawn_at");
		return new CurrentAllocation(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
				rs.getObject("line_id", UUID.class), new ArrangementId(rs.getObject("arrangement_id", UUID.class)),
				rs.getBoolean("extension"), new MunicipalityCode(rs.getString("municipality_code")), rs.getLong("number"),
				rs.getObject("help_request_id", UUID.class), rs.getObject("team_id", UUID.class),
				youngPerson == null ? null : new ClientId(youngPerson), new ProductId(rs.getObject("product_id", UUID.class)),
				rs.getString("product_label"), new ProviderId(rs.getObject("provider_id", UUID.class)),
				rs.getString("provider_name"), new ContractId(rs.getObject("contract_id", UUID.class)), rs.getInt("volume"),
				Unit.ofCode(rs.getString("unit")).orElseThrow(), Frequency.ofCode(rs.getString("frequency")).orElseThrow(),
				new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
				Financing.valueOf(rs.getString("financing")), rs.getLong("budget_cents"), rs.getLong("tariff_cents"),
				(Long) rs.getObject("replaces"), (Long) rs.getObject("replaced_by"),
				withdrawn == null ? null : withdrawn.toInstant());
	}
}
