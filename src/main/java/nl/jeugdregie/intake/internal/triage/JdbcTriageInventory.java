package nl.jeugdregie.intake.internal.triage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.intake.HelpRequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the municipalities' life-domain lists and the checklists and notes recorded at triage (TOE-4). */
@Repository
public class JdbcTriageInventory {

	private final JdbcClient jdbc;

	JdbcTriageInventory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The municipality's own list, or the product default while it keeps none. */
	List<String> lifeDomains(MunicipalityCode municipality) {
		var own = jdbc.sql("select name from life_domain where municipality_code = ? order by position")
				.param(municipality.value()).query(String.class).list();
		return own.isEmpty()
				? jdbc.sql("select name from life_domain where municipality_code is null order by position")
						.query(String.class).list()
				: own;
	}

	boolean hasOwnList(MunicipalityCode municipality) {
		return jdbc.sql("select exists (select 1 from life_domain where municipality_code = ?)")
				.param(municipality.value()).query(Boolean.class).single();
	}

	void replaceLifeDomains(MunicipalityCode municipality, List<String> names, String by, Instant now) {
		jdbc.sql("delete from life_domain where municipality_code = ?").param(municipality.value()).update();
		for (var i = 0; i < names.size(); i++) {
			jdbc.sql("""
					insert into life_domain (municipality_code, position, name, changed_by, changed_at)
					values (?, ?, ?, ?, ?)""")
					.params(municipality.value(), i, names.get(i), by, utc(now)).update();
		}
	}

	public boolean hasChecklist(HelpRequestId request) {
		return jdbc.sql("select exists (select 1 from triage_checklist_entry where help_request_id = ?)")
				.param(request.value()).query(Boolean.class).single();
	}

	TriageInventory of(HelpRequestId request) {
		record Row(TriageInventory.Entry entry, String by, OffsetDateTime at) {}
		var rows = jdbc.sql("""
				select domain, concern, note, recorded_by, recorded_at from triage_checklist_entry
				where help_request_id = ? order by position""").param(request.value())
				.query((rs, n) -> new Row(new TriageInventory.Entry(rs.getString("domain"), rs.getBoolean("concern"),
						rs.getString("note")), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
				.list();
		var notes = jdbc.sql("""
				select note, written_by, written_at from question_clarification_note
				where help_request_id = ? order by written_at, id""").param(request.value())
				.query((rs, n) -> new TriageInventory.Note(rs.getString("note"), rs.getString("written_by"),
						rs.getObject("written_at", OffsetDateTime.class).toInstant()))
				.list();
		return new TriageInventory(rows.stream().map(Row::entry).toList(),
				rows.isEmpty() ? null : rows.getFirst().by(), rows.isEmpty() ? null : rows.getFirst().at().toInstant(),
				notes);
	}

	/** Replaces the request's checklist: recorded again during triage, the latest counts. */
	void replaceChecklist(HelpRequestId request, List<TriageInventory.Entry> entries, String by, Instant now) {
		jdbc.sql("delete from triage_checklist_entry where help_request_id = ?").param(request.value()).update();
		for (var i = 0; i < entries.size(); i++) {
			var entry = entries.get(i);
			jdbc.sql("""
					insert into triage_checklist_entry (help_request_id, position, domain, concern, note, recorded_by,
					recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
					.params(request.value(), i, entry.domain(), entry.concern(), entry.note(), by, utc(now)).update();
		}
	}

	void insertNote(HelpRequestId request, String note, String by, Instant now) {
		jdbc.sql("""
				insert into question_clarification_note (help_request_id, note, written_by, written_at)
				values (?, ?, ?, ?)""").params(request.value(), note, by, utc(now)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
