package nl.jeugdregie.intake.internal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.search.FileFinder;
import nl.jeugdregie.search.FoundFile;
import nl.jeugdregie.search.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds help requests for the search box (issue 13, ADR 0032): by number and BSN on their unique and partial indexes,
 * by date of birth on {@code help_request_date_of_birth_idx}, by name on the trigram index of {@code search_name}
 * together with the municipality ({@code V28_1}). Open requests first, then the newest.
 */
@Component
class HelpRequestFinder implements FileFinder {

	private static final String COLUMNS = """
			select id, number, client_id, municipality_code, team_id, given_name, family_name, date_of_birth, state
			from help_request""";
	private static final String ORDER = " order by state = 'CLOSED', registered_at desc limit :limit";

	private final JdbcClient jdbc;

	HelpRequestFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FoundFile> find(SearchTerms terms, MunicipalityCode municipality, int limit) {
		return switch (terms) {
			case SearchTerms.CaseNumber number when number.prefix().equals("HV") -> jdbc
					.sql(COLUMNS + " where municipality_code = :m and number = :number" + ORDER)
					.param("m", municipality.value()).param("number", number.number()).param("limit", limit)
					.query(HelpRequestFinder::found).list();
			case SearchTerms.CaseNumber otherKind -> List.of();
			case SearchTerms.Bsn bsn -> jdbc.sql(COLUMNS + " where municipality_code = :m and bsn = :bsn" + ORDER)
					.param("m", municipality.value()).param("bsn", bsn.digits()).param("limit", limit)
					.query(HelpRequestFinder::found).list();
			case SearchTerms.DateOfBirth date -> jdbc
					.sql(COLUMNS + " where municipality_code = :m and date_of_birth = :date" + ORDER)
					.param("m", municipality.value()).param("date", date.date()).param("limit", limit)
					.query(HelpRequestFinder::found).list();
			case SearchTerms.Name name -> byName(name, municipality, limit);
		};
	}

	/** Every word of three letters or more occurs in the name; the closest names first. */
	private List<FoundFile> byName(SearchTerms.Name name, MunicipalityCode municipality, int limit) {
		var words = name.words().isEmpty() ? List.of(name.text()) : name.words();
		var where = new StringBuilder(" where municipality_code = :m");
		for (var i = 0; i < words.size(); i++) {
			where.append(" and search_name like :w").append(i);
		}
		var sql = jdbc.sql(COLUMNS + where + " order by similarity(search_name, :text) desc, state = 'CLOSED', "
				+ "registered_at desc limit :limit")
				.param("m", municipality.value()).param("text", name.text()).param("limit", limit);
		for (var i = 0; i < words.size(); i++) {
			sql = sql.param("w" + i, "%" + escaped(words.get(i)) + "%");
		}
		return sql.query(HelpRequestFinder::found).list();
	}

	static String escaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static FoundFile found(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		return new FoundFile(FoundFile.Kind.HELP_REQUEST, id, rs.getString("number"),
				new ClientId(rs.getObject("client_id", UUID.class)), "Hulpvraag " + rs.getString("number"),
				new CaseScope(new MunicipalityCode(rs.getString("municipality_code")),
						new TeamId(rs.getObject("team_id", UUID.class))),
				null, rs.getString("given_name") + " " + rs.getString("family_name"),
				rs.getObject("date_of_birth", LocalDate.class), stateText(rs.getString("state")), "/hulpvragen/" + id,
				"/hulpvragen/" + id + "/inzage");
	}

	private static String stateText(String code) {
		return switch (code) {
			case "AWAITING_TREATMENT" -> "Wacht op eerste gesprek";
			case "IN_TRIAGE", "IN_CJG_TREATMENT" -> "In behandeling";
			case "AWAITING_APPLICATION", "APPLICATION_MADE" -> "Toeleiding naar specialistische jeugdhulp";
			case "CLOSED" -> "Afgesloten";
			default -> code;
		};
	}
}
