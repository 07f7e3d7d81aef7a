package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Action lines and their KPIs per municipality (MON-4). Every read and write names the municipality, so an id of
 * another municipality is simply not found. Changes check the version the writer saw (optimistic locking).
 */
@Repository
class KpiRepository {

	private static final String KPI_COLUMNS = """
			k.id, k.action_line_id, k.year, k.name, k.indicator, k.direction, k.target, k.realised, k.realised_source,
			k.realised_by, k.realised_at, k.version""";

	private final JdbcClient jdbc;

	KpiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ActionLine> actionLines(MunicipalityCode municipality) {
		return jdbc.sql("""
				select id, code, name, goal, version from monitoring_action_line where municipality_code = ?""")
				.param(municipality.value())
				.query(KpiRepository::actionLine)
				.list()
				.stream()
				.sorted(Comparator.comparing(ActionLine::code, KpiRepository::naturally))
				.toList();
	}

	Optional<ActionLine> actionLine(MunicipalityCode municipality, UUID id) {
		return jdbc.sql("select id, code, name, goal, version from monitoring_action_line where municipality_code = ? and id = ?")
				.params(municipality.value(), id)
				.query(KpiRepository::actionLine)
				.optional();
	}

	boolean codeTaken(MunicipalityCode municipality, String code, @Nullable UUID except) {
		return jdbc.sql("select count(*) from monitoring_action_line where municipality_code = ? and lower(code) = lower(?) and id is distinct from ?")
				.params(municipality.value(), code, except)
				.query(Long.class).single() > 0;
	}

	void insertActionLine(MunicipalityCode municipality, UUID id, String code, String name, String goal, String by,
			Instant at) {
		jdbc.sql("""
				insert into monitoring_action_line (id, municipality_code, code, name, goal, changed_by, changed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(id, municipality.value(), code, name, goal, by, Timestamp.from(at))
				.update();
	}

	boolean updateActionLine(MunicipalityCode municipality, UUID id, String code, String name, String goal,
			int version, String by, Instant at) {
		return jdbc.sql("""
				update monitoring_action_line set code = ?, name = ?, goal = ?, changed_by = ?, changed_at = ?,
				    version = version + 1
				where municipality_code = ? and id = ? and version = ?""")
				.params(code, name, goal, by, Timestamp.from(at), municipality.value(), id, version)
				.update() == 1;
	}

	boolean deleteActionLine(MunicipalityCode municipality, UUID id, int version) {
		return jdbc.sql("delete from monitoring_action_line where municipality_code = ? and id = ? and version = ?")
				.params(municipality.value(), id, version)
				.update() == 1;
	}

	boolean hasKpis(UUID actionLine) {
		return jdbc.sql("select count(*) from monitoring_kpi where action_line_id = ?").param(actionLine)
				.query(Long.class).single() > 0;
	}

	Map<Integer, Long> yearsWithKpis(MunicipalityCode municipality, UUID actionLine) {
		var years = new LinkedHashMap<Integer, Long>();
		jdbc.sql("""
				select k.year, count(*) from monitoring_kpi k join monitoring_action_line a on a.id = k.action_line_id
				where a.municipality_code = ? and a.id = ? group by k.year order by k.year desc""")
				.params(municipality.value(), actionLine)
				.query(rs -> {
					years.put(rs.getInt(1), rs.getLong(2));
				});
		return years;
	}

	List<Kpi> kpis(MunicipalityCode municipality, int year) {
		return jdbc.sql("select " + KPI_COLUMNS + """
				 from monitoring_kpi k join monitoring_action_line a on a.id = k.action_line_id
				where a.municipality_code = ? and k.year = ? order by k.name""")
				.params(municipality.value(), year)
				.query(KpiRepository::kpi)
				.list();
	}

	Optional<Kpi> kpi(MunicipalityCode municipality, UUID id) {
		return jdbc.sql("select " + KPI_COLUMNS + """
				 from monitoring_kpi k join monitoring_action_line a on a.id = k.action_line_id
				where a.municipality_code = ? and k.id = ?""")
				.params(municipality.value(), id)
				.query(KpiRepository::kpi)
				.optional();
	}

	boolean kpiNameTaken(UUID actionLine, int year, String name, @Nullable UUID except) {
		return jdbc.sql("select count(*) from monitoring_kpi where action_line_id = ? and year = ? and lower(name) = lower(?) and id is distinct from ?")
				.params(actionLine, year, name, except)
				.query(Long.class).single() > 0;
	}

	void insertKpi(UUID id, UUID actionLine, int year, String name, KpiIndicator indicator, Direction direction,
			BigDecimal target, String by, Instant at) {
		jdbc.sql("""
				insert into monitoring_kpi (id, action_line_id, year, name, indicator, direction, target, changed_by,
				    changed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
				.params(id, actionLine, year, name, indicator.name(), direction.name(), target, by, Timestamp.from(at))
				.update();
	}

	boolean updateKpi(UUID id, String name, Direction direction, BigDecimal target, int version, String by, Instant at) {
		return jdbc.sql("""
				update monitoring_kpi set name = ?, direction = ?, target = ?, changed_by = ?, changed_at = ?,
				    version = version + 1
				where id = ? and version = ?""")
				.params(name, direction.name(), target, by, Timestamp.from(at), id, version)
				.update() == 1;
	}

	boolean realise(UUID id, BigDecimal value, String source, int version, String by, Instant at) {
		return jdbc.sql("""
				update monitoring_kpi set realised = ?, realised_source = ?, realised_by = ?, realised_at = ?,
				    version = version + 1
				where id = ? and version = ?""")
				.params(value, source, by, Timestamp.from(at), id, version)
				.update() == 1;
	}

	boolean deleteKpi(UUID id, int version) {
		return jdbc.sql("delete from monitoring_kpi where id = ? and version = ?").params(id, version).update() == 1;
	}

	/** Copies last year's KPIs of the municipality, targets included and realisations not, where the name is free. */
	int copyFromPreviousYear(MunicipalityCode municipality, int year, String by, Instant at) {
		return jdbc.sql("""
				insert into monitoring_kpi (id, action_line_id, year, name, indicator, direction, target, changed_by,
				    changed_at, version)
				select gen_random_uuid(), k.action_line_id, ?, k.name, k.indicator, k.direction, k.target, ?, ?, 1
				from monitoring_kpi k join monitoring_action_line a on a.id = k.action_line_id
				where a.municipality_code = ? and k.year = ?
				  and not exists (select 1 from monitoring_kpi n
				                  where n.action_line_id = k.action_line_id and n.year = ? and lower(n.name) = lower(k.name))""")
				.params(year, by, Timestamp.from(at), municipality.value(), year - 1, year)
				.update();
	}

	/** "5.2" before "5.10": numbers compare as numbers, the rest as text. */
	static int naturally(String a, String b) {
		var left = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		var right = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)");
		for (var i = 0; i < Math.min(left.length, right.length); i++) {
			var bothNumbers = left[i].chars().allMatch(Character::isDigit) && right[i].chars().allMatch(Character::isDigit);
			var comparison = bothNumbers
					? new BigInteger(left[i]).compareTo(new BigInteger(right[i]))
					: left[i].compareToIgnoreCase(right[i]);
			if (comparison != 0) {
				return comparison;
			}
		}
		return Integer.compare(left.length, right.length);
	}

	private static ActionLine actionLine(ResultSet rs, int row) throws SQLException {
		return new ActionLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
	}

	private static Kpi kpi(ResultSet rs, int row) throws SQLException {
		var realisedAt = rs.getTimestamp(11);
		return new Kpi(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
				KpiIndicator.valueOf(rs.getString(5)), Direction.valueOf(rs.getString(6)), rs.getBigDecimal(7),
				rs.getBigDecimal(8), rs.getString(9), rs.getString(10), realisedAt == null ? null : realisedAt.toInstant(),
				rs.getInt(12));
	}
}
