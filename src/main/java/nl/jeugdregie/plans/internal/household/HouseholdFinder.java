package nl.jeugdregie.plans.internal.household;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Finds households for the search box (issue 13, ADR 0032): by GZ number, or by the household's name or a member's
 * name (trigram indexes of {@code V28_2}), or a member's date of birth. A BSN is kept on help requests only.
 */
@Component
class HouseholdFinder implements FileFinder {

	private static final String COLUMNS = """
			select h.id, h.number, h.client_id, h.municipality_code, h.team_id, h.case_director, h.name
			from household h""";

	private final JdbcClient jdbc;

	HouseholdFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<FoundFile> find(SearchTerms terms, MunicipalityCode municipality, int limit) {
		return switch (terms) {
			case SearchTerms.CaseNumber number when number.prefix().equals("GZ") -> jdbc
					.sql(COLUMNS + " where h.municipality_code = :m and h.number = :number")
					.param("m", municipality.value()).param("number", number.number())
					.query(HouseholdFinder::found).list();
			case SearchTerms.CaseNumber otherKind -> List.of();
			case SearchTerms.Bsn bsn -> List.of();
			case SearchTerms.DateOfBirth date -> jdbc.sql(COLUMNS + " " + """
					 where h.municipality_code = :m and exists (select 1 from household_member m
					   where m.household_id = h.id and m.date_of_birth = :date)
					 order by h.created_at desc limit :limit""")
					.param("m", municipality.value()).param("date", date.date()).param("limit", limit)
					.query(HouseholdFinder::found).list();
			case SearchTerms.Name name -> byName(name, municipality, limit);
		};
	}

	private List<FoundFile> byName(SearchTerms.Name name, MunicipalityCode municipality, int limit) {
		var words = name.words().isEmpty() ? List.of(name.text()) : name.words();
		var onHousehold = new StringBuilder();
		var onMember = new StringBuilder();
		for (var i = 0; i < words.size(); i++) {
			onHousehold.append(" and lower(h.name) like :w").append(i);
			onMember.append(" and lower(m.name) like :w").append(i);
		}
		var sql = jdbc.sql(COLUMNS + " where h.municipality_code = :m and ((true" + onHousehold
				+ ") or h.id in (select m.household_id from household_member m where true" + onMember + "))"
				+ " order by h.created_at desc limit :limit")
				.param("m", municipality.value()).param("limit", limit);
		for (var i = 0; i < words.size(); i++) {
			sql = sql.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return sql.query(HouseholdFinder::found).list();
	}

	private static FoundFile found(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var number = rs.getString("number");
		return new FoundFile(FoundFile.Kind.HOUSEHOLD, id, number, new ClientId(rs.getObject("client_id", UUID.class)),
				"Huishouden " + number,
				new CaseScope(new MunicipalityCode(rs.getString("municipality_code")),
						new TeamId(rs.getObject("team_id", UUID.class))),
				rs.getString("case_director"), rs.getString("name"), null, "Gezin met gezinsplan", "/gezinnen/" + id,
				"/gezinnen/" + id + "/inzage");
	}
}
