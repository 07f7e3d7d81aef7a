package nl.jeugdregie.allocation.internal.aftercare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.AftercareKind;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** MON-5: allocations as aftercare sees them and their aftercare decisions (allocation_aftercare, V54_3). */
@Repository
class AftercareRecords {

	/** An allocation still waiting for its aftercare decision, for the team's list. */
	record Pending(long number, String productLabel, String providerName, LocalDate lastDay) {}

	private static final String ENDED_EARLY = """
			exists (select 1 from allocation_allocation_change c where c.allocation_id = a.id and c.kind = 'ENDED')""";

	private static final String ALLOCATION = """
			select a.id, a.municipality_code, a.number, d.arrangement_id, a.young_person, a.valid_until, a.withdrawn_at,
			       a.replaced_by, p.name as provider_name, pr.category || ' · ' || pr.code || ' ' || pr.name as product_label,
			       """ + ENDED_EARLY + """
			 as ended_early
			from allocation_allocation a
			join allocation_decision d on d.id = a.decision_id
			join allocation_provider p on p.id = a.provider_id
			join allocation_product pr on pr.id = a.product_id
			where a.municipality_code = ? and a.number = ?""";

	private static final String PENDING = """
			from allocation_allocation a
			where a.municipality_code = ? and a.team_id = ? and a.withdrawn_at is null and a.replaced_by is null
			  and not exists (select 1 from allocation_aftercare f where f.allocation_id = a.id)
			  and (a.valid_until < ?""" + " or " + ENDED_EARLY + ")";

	private final JdbcClient jdbc;

	AftercareRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EndedCare> find(MunicipalityCode municipality, long number) {
		return jdbc.sql(ALLOCATION).params(municipality.value(), number).query(AftercareRecords::allocation).optional();
	}

	/** The allocation, its row locked until the transaction ends: its aftercare decisions happen one after another. */
	Optional<EndedCare> lock(MunicipalityCode municipality, long number) {
		return jdbc.sql(ALLOCATION + " for update of a").params(municipality.value(), number)
				.query(AftercareRecords::allocation).optional();
	}

	Optional<AftercareDecision> decisionOf(UUID allocation) {
		return jdbc.sql("select * from allocation_aftercare where allocation_id = ?").param(allocation)
				.query((rs, row) -> new AftercareDecision(AftercareKind.valueOf(rs.getString("kind")),
						rs.getObject("starts_on", LocalDate.class), rs.getString("party"), rs.getLong("version"),
						rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
				.optional();
	}

	/** Records the decision as version {@code version} (the first is inserted, a later one replaces it). */
	void save(EndedCare allocation, RecordAftercare command, long version, String by, Instant at) {
		jdbc.sql("""
				insert into allocation_aftercare (allocation_id, municipality_code, allocation_number, kind, starts_on, party,
				    version, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (allocation_id) do update set kind = excluded.kind, starts_on = excluded.starts_on,
				    party = excluded.party, version = excluded.version, recorded_by = excluded.recorded_by,
				    recorded_at = excluded.recorded_at""")
				.params(allocation.id(), allocation.municipality().value(), allocation.number(), command.kind().name(),
						command.from(), command.party() == null ? null : command.party().value(), version, by,
						Timestamp.from(at))
				.update();
	}

	/** The team's allocations whose care has ended without an aftercare decision, the longest ended first. */
	List<Pending> pending(MunicipalityCode municipality, TeamId team, LocalDate today, int limit) {
		return jdbc.sql("""
				select a.number, a.valid_until, p.name as provider_name,
				       pr.category || ' · ' || pr.code || ' ' || pr.name as product_label
				""" + PENDING.replace("from allocation_allocation a", """
				from allocation_allocation a
				join allocation_provider p on p.id = a.provider_id
				join allocation_product pr on pr.id = a.product_id""") + " order by a.valid_until, a.number limit ?")
				.params(municipality.value(), team.value(), today, limit)
				.query((rs, row) -> new Pending(rs.getLong("number"), rs.getString("product_label"),
						rs.getString("provider_name"), rs.getObject("valid_until", LocalDate.class)))
				.list();
	}

	long countPending(MunicipalityCode municipality, TeamId team, LocalDate today) {
		return jdbc.sql("select count(*) " + PENDING).params(municipality.value(), team.value(), today)
				.query(Long.class).single();
	}

	private static EndedCare allocation(ResultSet rs, int row) throws SQLException {
		var youngPerson = rs.getObject("young_person", UUID.class);
		return new EndedCare(rs.getObject("id", UUID.class), new MunicipalityCode(rs.getString("municipality_code")),
				rs.getLong("number"), new ArrangementId(rs.getObject("arrangement_id", UUID.class)),
				youngPerson == null ? null : new ClientId(youngPerson), rs.getString("product_label"),
				rs.getString("provider_name"), rs.getObject("valid_until", LocalDate.class),
				rs.getTimestamp("withdrawn_at") != null, (Long) rs.getObject("replaced_by"), rs.getBoolean("ended_early"));
	}
}
