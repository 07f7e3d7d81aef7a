package nl.jeugdregie.findability.internal.information;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** VIND-1: the pages in {@code findability_page}. */
@Repository
class InformationPages {

	private static final String COLUMNS = "id, municipality_code, slug, audience, title, summary, body, publish_from, "
			+ "last_checked_on, version";

	private final JdbcClient jdbc;

	InformationPages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<InformationPage> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("select " + COLUMNS + " from findability_page where municipality_code = ? order by audience, title")
				.param(municipality.value()).query(InformationPages::page).list();
	}

	List<InformationPage> published(MunicipalityCode municipality, Audience audience, LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from findability_page where municipality_code = ? and audience = ?"
						+ " and publish_from <= ? order by title")
				.params(municipality.value(), audience.name(), today).query(InformationPages::page).list();
	}

	Optional<InformationPage> published(MunicipalityCode municipality, String slug, LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from findability_page where municipality_code = ? and slug = ?"
						+ " and publish_from <= ?")
				.params(municipality.value(), slug, today).query(InformationPages::page).optional();
	}

	Optional<InformationPage> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from findability_page where id = ?").param(id)
				.query(InformationPages::page).optional();
	}

	Optional<InformationPage> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from findability_page where id = ? for update").param(id)
				.query(InformationPages::page).optional();
	}

	boolean slugTaken(MunicipalityCode municipality, String slug, UUID except) {
		return jdbc.sql("select count(*) from findability_page where municipality_code = ? and slug = ? and id <> ?")
				.params(municipality.value(), slug, except).query(Integer.class).single() > 0;
	}

	void insert(UUID id, MunicipalityCode municipality, PageDraft draft, String by, Instant at) {
		jdbc.sql("""
				insert into findability_page (id, municipality_code, slug, audience, title, summary, body, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, municipality.value(), draft.slug(), draft.audience().name(), draft.title(), draft.summary(),
						draft.body(), by, java.sql.Timestamp.from(at))
				.update();
	}

	void update(UUID id, PageDraft draft, String by, Instant at) {
		jdbc.sql("""
				update findability_page set slug = ?, audience = ?, title = ?, summary = ?, body = ?, version = version + 1,
				    changed_by = ?, changed_at = ? where id = ?""")
				.params(draft.slug(), draft.audience().name(), draft.title(), draft.summary(), draft.body(), by,
						java.sql.Timestamp.from(at), id)
				.update();
	}

	void publish(UUID id, LocalDate from, String by, Instant at) {
		jdbc.sql("""
				update findability_page set publish_from = ?, last_checked_on = coalesce(last_checked_on, ?),
				    version = version + 1, changed_by = ?, changed_at = ? where id = ?""")
				.params(from, from, by, java.sql.Timestamp.from(at), id).update();
	}

	void withdraw(UUID id, String by, Instant at) {
		jdbc.sql("update findability_page set publish_from = null, version = version + 1, changed_by = ?, changed_at = ? where id = ?")
				.params(by, java.sql.Timestamp.from(at), id).update();
	}

	void checked(UUID id, LocalDate on, String by, Instant at) {
		jdbc.sql("update findability_page set last_checked_on = ?, version = version + 1, changed_by = ?, changed_at = ? where id = ?")
				.params(on, by, java.sql.Timestamp.from(at), id).update();
	}

	private static InformationPage page(ResultSet rs, int row) throws SQLException {
		return new InformationPage(rs.getObject("id", UUID.class), new MunicipalityCode(rs.getString("municipality_code")),
				rs.getString("slug"), Audience.valueOf(rs.getString("audience")), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getObject("publish_from", LocalDate.class),
				rs.getObject("last_checked_on", LocalDate.class), rs.getLong("version"));
	}
}
