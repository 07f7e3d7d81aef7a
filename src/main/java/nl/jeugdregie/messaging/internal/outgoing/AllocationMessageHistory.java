package nl.jeugdregie.messaging.internal.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.allocation.messaging.AllocationMessages;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOEW-7, issue 16 item 7: the iJw messages about one allocation for its page: every JW301 that carried it, the JW302
 * retours on them, and the start and stop of care the provider reported (accepted JW305/JW307), newest first.
 */
@Component
class AllocationMessageHistory implements AllocationMessages {

	private final JdbcClient jdbc;

	AllocationMessageHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> of(MunicipalityCode municipality, long allocationNumber) {
		var entries = new ArrayList<Entry>();
		jdbc.sql("""
				select coalesce(m.exchanged_at, o.created_at), o.change_kind, o.status, m.identification, o.allocation_number
				from messaging_outbox o left join messaging_message m on m.id = o.message_id
				where o.municipality_code = ? and (o.allocation_number = ? or m.allocation_numbers @> array[cast(? as bigint)])""")
				.params(municipality.value(), allocationNumber, allocationNumber)
				.query((rs, n) -> new Entry(Kind.ALLOCATION_MESSAGE, rs.getTimestamp(1).toInstant(), null,
						rs.getLong(5) == allocationNumber ? rs.getString(2) : "OTHER", rs.getString(3), List.of(),
						rs.getString(4)))
				.list().forEach(entries::add);
		jdbc.sql("""
				select r.exchanged_at, j.outcome, r.remarks, j.identification
				from messaging_message r join messaging_message j on j.id = r.answers_id
				where r.municipality_code = ? and r.type = 'JW302' and j.allocation_numbers @> array[cast(? as bigint)]""")
				.params(municipality.value(), allocationNumber)
				.query((rs, n) -> new Entry(Kind.RETOUR, rs.getTimestamp(1).toInstant(), null, null, rs.getString(2),
						rs.getString(3).isEmpty() ? List.of() : List.of(rs.getString(3).split(",")), rs.getString(4)))
				.list().forEach(entries::add);
		jdbc.sql("""
				select m.exchanged_at, d.kind, d.start_date, d.end_date, d.reason
				from messaging_delivery d join messaging_message m on m.id = d.message_id
				where d.municipality_code = ? and d.allocation_number = ? and not d.deleted""")
				.params(municipality.value(), allocationNumber)
				.query((rs, n) -> "START".equals(rs.getString(2))
						? new Entry(Kind.CARE_STARTED, rs.getTimestamp(1).toInstant(), rs.getObject(3, LocalDate.class), null,
								null, List.of(), null)
						: new Entry(Kind.CARE_STOPPED, rs.getTimestamp(1).toInstant(), rs.getObject(4, LocalDate.class),
								rs.getString(5) == null ? null : rs.getString(5).strip(), null, List.of(), null))
				.list().forEach(entries::add);
		entries.sort(Comparator.comparing(Entry::at, Comparator.<Instant>reverseOrder()));
		return entries;
	}
}
