package nl.jeugdregie.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who accessed a client's files, newest first, for the administrator of one municipality: every access to the
 * municipality's files, also attempts from other municipalities (NEN 7513). Another municipality's trail is not
 * hers to see.
 */
@Service
class AccessHistory {

	/** At most this many rows are shown; more would not be read, and a narrower search helps better. */
	static final int LIMIT = 500;

	private static final String COLUMNS = "id, occurred_at, actor_username, actor_role, client_id, subject, action, what, reason, actor_municipality_code, source_address";

	private final JdbcClient jdbc;

	AccessHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows found, newest first, and whether there were more than {@link #LIMIT}. */
	record Result(List<AccessHistoryEntry> entries, boolean truncated) {}

	@Transactional(readOnly = true)
	Result find(MunicipalityCode municipality, AccessHistoryQuery query) {
		var statement = switch (query) {
			case AccessHistoryQuery.ByClient byClient -> jdbc.sql("select " + COLUMNS
					+ " from audit_event where municipality_code = ? and client_id = ? order by id desc limit ?")
					.params(municipality.value(), byClient.client().value(), LIMIT + 1);
			case AccessHistoryQuery.BySubject bySubject -> jdbc.sql("select " + COLUMNS
					+ " from audit_event where municipality_code = ? and subject = ? order by id desc limit ?")
					.params(municipality.value(), bySubject.subject(), LIMIT + 1);
		};
		var rows = statement.query(AccessHistory::entry).list();
		return rows.size() > LIMIT ? new Result(List.copyOf(rows.subList(0, LIMIT)), true) : new Result(rows, false);
	}

	private static AccessHistoryEntry entry(ResultSet rs, int row) throws SQLException {
		return new AccessHistoryEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor_username"), rs.getString("actor_role"), rs.getObject("client_id", UUID.class),
				rs.getString("subject"), AuditAction.valueOf(rs.getString("action")), rs.getString("what"),
				rs.getString("reason"), rs.getString("actor_municipality_code"), rs.getString("source_address"));
	}
}
