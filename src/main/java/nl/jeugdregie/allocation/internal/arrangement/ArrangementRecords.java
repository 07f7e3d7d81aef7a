package nl.jeugdregie.allocation.internal.arrangement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications, arrangements and their lines. */
@Repository
class ArrangementRecords {

	private final JdbcClient jdbc;

	ArrangementRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Application> applicationsOfTeam(MunicipalityCode municipality, TeamId team) {
		return jdbc.sql("""
				select a.help_request_id, a.municipality_code, a.team_id, a.applied_on, r.id as arrangement_id
				from allocation_application a left join allocation_arrangement r on r.help_request_id = a.help_request_id
				where a.municipality_code = ? and a.team_id = ? order by a.applied_on desc""")
				.params(municipality.value(), team.value())
				.query((rs, row) -> application(rs)).list();
	}

	Optional<Application> application(HelpRequestId helpRequest) {
		return jdbc.sql("""
				select a.help_request_id, a.municipality_code, a.team_id, a.applied_on, r.id as arrangement_id
				from allocation_application a left join allocation_arrangement r on r.help_request_id = a.help_request_id
				where a.help_request_id = ?""")
				.param(helpRequest.value()).query((rs, row) -> application(rs)).optional();
	}

	void insert(Arrangement arrangement, String by, Instant at) {
		jdbc.sql("""
				insert into allocation_arrangement (id, help_request_id, municipality_code, team_id, young_person,
				    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(arrangement.id().value(), arrangement.helpRequest().value(), arrangement.municipality().value(),
						arrangement.team().value(), arrangement.youngPerson() == null ? null : arrangement.youngPerson().value(),
						by, java.sql.Timestamp.from(at))
				.update();
	}

	Optional<Arrangement> find(ArrangementId id) {
		return find(id, false);
	}

	/** The arrangement with its row locked until the transaction ends. */
	Optional<Arrangement> lock(ArrangementId id) {
		return find(id, true);
	}

	Optional<ArrangementId> ofHelpRequest(HelpRequestId helpRequest) {
		return jdbc.sql("select id from allocation_arrangement where help_request_id = ?").param(helpRequest.value())
				.query((rs, row) -> new ArrangementId(rs.getObject(1, UUID.class))).optional();
	}

	/** Saves the state and new lines when the version still matches; false when someone changed it first. */
	boolean save(Arrangement before, Arrangement after) {
		LocalDate agreedOn = null;
		String agreedBy = null;
		var decided = false;
		switch (after.state()) {
			case ArrangementState.Composing c -> { }
			case ArrangementState.AgreedByFamily a -> {
				agreedOn = a.on();
				agreedBy = a.recordedBy();
			}
			case ArrangementState.Decided d -> {
				agreedOn = d.agreedOn();
				decided = true;
			}
		}
		var updated = jdbc.sql("""
				update allocation_arrangement set family_agreed_on = ?, family_agreed_by = coalesce(?, family_agreed_by),
				    decided = ?, version = version + 1 where id = ? and version = ?""")
				.params(agreedOn, agreedBy, decided, after.id().value(), before.version()).update() == 1;
		if (!updated) {
			return false;
		}
		for (var line : after.lines().subList(before.lines().size(), after.lines().size())) {
			jdbc.sql("""
					insert into allocation_arrangement_line (id, arrangement_id, position, product_id, provider_id,
					    contract_id, volume, valid_from, valid_until, goal) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(line.id(), after.id().value(), line.position(), line.product().value(), line.provider().value(),
							line.contract().value(), line.volume(), line.period().from(), line.period().until(), line.goal())
					.update();
		}
		return true;
	}

	private Optional<Arrangement> find(ArrangementId id, boolean lock) {
		var lines = jdbc.sql("select * from allocation_arrangement_line where arrangement_id = ? order by position")
				.param(id.value()).query(ArrangementRecords::line).list();
		return jdbc.sql("select * from allocation_arrangement where id = ?" + (lock ? " for update" : ""))
				.param(id.value()).query((rs, row) -> arrangement(rs, lines)).optional();
	}

	private static Arrangement arrangement(ResultSet rs, List<ArrangementLine> lines) throws SQLException {
		var agreedOn = rs.getObject("family_agreed_on", LocalDate.class);
		ArrangementState state = rs.getBoolean("decided") ? new ArrangementState.Decided(agreedOn)
				: agreedOn != null ? new ArrangementState.AgreedByFamily(agreedOn, rs.getString("family_agreed_by"))
				: new ArrangementState.Composing();
		var youngPerson = rs.getObject("young_person", UUID.class);
		return new Arrangement(new ArrangementId(rs.getObject("id", UUID.class)),
				new HelpRequestId(rs.getObject("help_request_id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), new TeamId(rs.getObject("team_id", UUID.class)),
				youngPerson == null ? null : new ClientId(youngPerson), state, lines, rs.getLong("version"));
	}

	private static ArrangementLine line(ResultSet rs, int row) throws SQLException {
		return new ArrangementLine(rs.getObject("id", UUID.class), rs.getInt("position"),
				new ProductId(rs.getObject("product_id", UUID.class)), new ProviderId(rs.getObject("provider_id", UUID.class)),
				new ContractId(rs.getObject("contract_id", UUID.class)), rs.getInt("volume"),
				new ValidityPeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)),
				rs.getString("goal"));
	}

	private static Application application(ResultSet rs) throws SQLException {
		var arrangement = rs.getObject("arrangement_id", UUID.class);
		return new Application(new HelpRequestId(rs.getObject("help_request_id", UUID.class)),
				new MunicipalityCode(rs.getString("municipality_code")), new TeamId(rs.getObject("team_id", UUID.class)),
				rs.getObject("applied_on", LocalDate.class), arrangement == null ? null : new ArrangementId(arrangement), null);
	}
}
