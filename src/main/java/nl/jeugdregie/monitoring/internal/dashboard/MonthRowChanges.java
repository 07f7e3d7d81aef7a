package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The changes one transaction makes to the monthly pre-aggregate and its waiting-day buckets (issue 19, P1,
 * ADR 0052): what the changed facts counted before is taken off, what they count now is added, on the cell, its
 * municipality and the national row. Rows are written in one global order (level, municipality, team, referrer,
 * month, days), so transactions that change the same rows take their row locks in the same order and never
 * deadlock; the rows are written last, just before the commit, so the national row is held only briefly.
 */
final class MonthRowChanges {

	/** One request's share of its level 0 row: the measures of {@link ReadModelSql#MEASURE_COLUMNS}, and its bucket. */
	record Contribution(RowKey cell, @Nullable Integer bucket, long[] measures) {}

	/** The key of a row of {@code monitoring_month_aggregate}. */
	record RowKey(int level, String municipality, UUID team, String referrer, LocalDate month) {

		static final Comparator<RowKey> ORDER = Comparator.comparingInt(RowKey::level)
				.thenComparing(RowKey::municipality).thenComparing(RowKey::team).thenComparing(RowKey::referrer)
				.thenComparing(RowKey::month);

		/** The cell itself, its municipality's row and the national row. */
		List<RowKey> withRollups() {
			return List.of(this,
					new RowKey(1, municipality, UUID.fromString(ReadModelSql.NO_TEAM), ReadModelSql.ALL_REFERRERS, month),
					new RowKey(2, ReadModelSql.ALL_MUNICIPALITIES, UUID.fromString(ReadModelSql.NO_TEAM),
							ReadModelSql.ALL_REFERRERS, month));
		}
	}

	private record BucketKey(RowKey row, int days) {

		static final Comparator<BucketKey> ORDER = Comparator.comparing(BucketKey::row, RowKey.ORDER)
				.thenComparingInt(BucketKey::days);
	}

	private static final String ADD_TO_ROW = "insert into monitoring_month_aggregate as a (level, municipality_code, "
			+ "team_id, referrer, month, " + String.join(", ", ReadModelSql.MEASURE_COLUMNS) + ") values (?, ?, ?, ?, ?"
			+ ", ?".repeat(ReadModelSql.MEASURE_COLUMNS.size())
			+ ") on conflict (level, municipality_code, team_id, referrer, month) do update set "
			+ ReadModelSql.MEASURE_COLUMNS.stream().map(c -> c + " = a." + c + " + excluded." + c)
					.collect(Collectors.joining(", "));

	private static final String ADD_TO_BUCKET = """
			insert into monitoring_month_wait_bucket as b (level, municipality_code, team_id, referrer, month, days, requests)
			values (?, ?, ?, ?, ?, ?, ?)
			on conflict (level, municipality_code, team_id, referrer, month, days)
			do update set requests = b.requests + excluded.requests""";

	/** Only non-empty buckets are kept, as the rebuild derives them. */
	private static final String DROP_EMPTY_BUCKET = """
			delete from monitoring_month_wait_bucket
			where level = ? and municipality_code = ? and team_id = ? and referrer = ? and month = ? and days = ?
			  and requests = 0""";

	private final Map<RowKey, long[]> rows = new TreeMap<>(RowKey.ORDER);
	private final Map<BucketKey, Integer> buckets = new TreeMap<>(BucketKey.ORDER);

	/** Records that one request's fact went from {@code before} (absent if new) to {@code after}. */
	void change(@Nullable Contribution before, @Nullable Contribution after) {
		if (before != null) {
			add(before, -1);
		}
		if (after != null) {
			add(after, 1);
		}
	}

	private void add(Contribution contribution, int sign) {
		for (var key : contribution.cell().withRollups()) {
			var sums = rows.computeIfAbsent(key, k -> new long[ReadModelSql.MEASURE_COLUMNS.size()]);
			for (var i = 0; i < sums.length; i++) {
				sums[i] += sign * contribution.measures()[i];
			}
			if (contribution.bucket() != null) {
				buckets.merge(new BucketKey(key, contribution.bucket()), sign, Integer::sum);
			}
		}
	}

	/** Writes the net changes; a row or bucket whose change adds up to nothing is not touched. */
	void apply(JdbcTemplate jdbc) {
		var rowArguments = new ArrayList<Object[]>();
		rows.forEach((key, sums) -> {
			if (Arrays.stream(sums).anyMatch(s -> s != 0)) {
				var arguments = new ArrayList<Object>(keyArguments(key));
				Arrays.stream(sums).forEach(arguments::add);
				rowArguments.add(arguments.toArray());
			}
		});
		var bucketArguments = new ArrayList<Object[]>();
		var emptied = new ArrayList<Object[]>();
		buckets.forEach((key, requests) -> {
			if (requests != 0) {
				var arguments = new ArrayList<Object>(keyArguments(key.row()));
				arguments.add(key.days());
				if (requests < 0) {
					emptied.add(arguments.toArray());
				}
				arguments.add(requests);
				bucketArguments.add(arguments.toArray());
			}
		});
		if (!rowArguments.isEmpty()) {
			jdbc.batchUpdate(ADD_TO_ROW, rowArguments);
		}
		if (!bucketArguments.isEmpty()) {
			jdbc.batchUpdate(ADD_TO_BUCKET, bucketArguments);
		}
		if (!emptied.isEmpty()) {
			jdbc.batchUpdate(DROP_EMPTY_BUCKET, emptied);
		}
	}

	private static List<Object> keyArguments(RowKey key) {
		return List.of(key.level(), key.municipality(), key.team(), key.referrer(), key.month());
	}
}
