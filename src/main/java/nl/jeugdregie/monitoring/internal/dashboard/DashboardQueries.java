package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard figures from the monthly pre-aggregate only: a municipality without filters reads its
 * level 1 rows, the whole set its level 2 rows, a team or referrer filter the level 0 rows of the municipality.
 * The work is bounded by months x teams x referrers, not by the number of requests; only the two stocks read the
 * fact table, through indexes on open requests.
 */
@Component
public class DashboardQueries {

	private final JdbcClient jdbc;

	public DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public DashboardFigures figures(DashboardScope scope, LocalDate referenceDate) {
		var where = new StringBuilder("level = :level and month between :from and :to");
		var params = new HashMap<String, Object>();
		params.put("from", scope.from().atDay(1));
		params.put("to", scope.to().atDay(1));
		var filtered = scope.team() != null || scope.referrer() != null;
		params.put("level", filtered ? 0 : scope.municipality() == null ? 2 : 1);
		filters(scope, where, params);

		var months = new LinkedHashMap<YearMonth, Counts>();
		var waits = new LinkedHashMap<YearMonth, WaitHistogram>();
		for (var m = scope.from(); !m.isAfter(scope.to()); m = m.plusMonths(1)) {
			months.put(m, Counts.NONE);
			waits.put(m, new WaitHistogram());
		}
		var sums = String.join(", ", ReadModelSql.MEASURE_COLUMNS.stream().map(c -> "sum(" + c + ") " + c).toList());
		jdbc.sql("select month, " + sums + " from monitoring_month_aggregate where " + where + " group by month")
				.params(params)
				.query(rs -> {
					months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), Counts.of(rs));
				});
		jdbc.sql("select month, days, sum(requests) from monitoring_month_wait_bucket where " + where
				+ " group by month, days")
				.params(params)
				.query(rs -> {
					waits.get(YearMonth.from(rs.getObject(1, LocalDate.class))).add(rs.getInt(2), rs.getLong(3));
				});

		var list = new ArrayList<DashboardFigures.Month>();
		var total = Counts.NONE;
		var totalWait = new WaitHistogram();
		for (Map.Entry<YearMonth, Counts> month : months.entrySet()) {
			list.add(new DashboardFigures.Month(month.getKey(), month.getValue(), waits.get(month.getKey())));
			total = total.plus(month.getValue());
			totalWait.addAll(waits.get(month.getKey()));
		}
		return new DashboardFigures(scope, list, total, totalWait, referenceDate,
				stock(scope, "started_on is null and closed_on is null and treatment_deadline < :ref", referenceDate),
				stock(scope, "applied_on is not null and closed_on is null and route_deadline < :ref", referenceDate));
	}

	/** Requests open on the reference date past a deadline: the open ones only, through partial indexes. */
	private Tally stock(DashboardScope scope, String condition, LocalDate referenceDate) {
		var where = new StringBuilder(condition).append(" and registered_on <= :ref");
		var params = new HashMap<String, Object>();
		params.put("ref", referenceDate);
		filters(scope, where, params);
		return jdbc.sql("select count(*), coalesce(sum(monitoring_record_key(help_request_id::text)), 0) "
				+ "from monitoring_request_fact where " + where).params(params)
				.query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2))).single();
	}

	private static void filters(DashboardScope scope, StringBuilder where, Map<String, Object> params) {
		if (scope.municipality() != null) {
			where.append(" and municipality_code = :municipality");
			params.put("municipality", scope.municipality());
		}
		if (scope.team() != null) {
			where.append(" and team_id = :team");
			params.put("team", scope.team());
		}
		if (scope.referrer() != null) {
			where.append(" and referrer = :referrer");
			params.put("referrer", scope.referrer().name());
		}
	}
}
