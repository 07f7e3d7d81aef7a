package nl.jeugdregie.monitoring.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.jeugdregie.JeugdregieApplication;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Teams;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * P3 (issue 19, ADR 0027): the monthly waiting-term report (TOE-9) of one municipality costs what that
 * municipality holds, not what the country holds. Oss (0828) gets a fixed history (its share of a national
 * 1,000,000 in the dashboard benchmark's skew); the other municipalities' rows are then added to the report's
 * read models with set-based SQL ({@code generate_series}) until the national total reaches each size. Per size,
 * in the same run, p50/p95 of:
 * <ul>
 * <li>the report as the application makes it ({@link MonthlyWaitingReports#report}: four queries, per-team
 * figures, disclosure control);</li>
 * <li>a hand-written SQL query over the same read models: the same true figures (count, record keys, weeks,
 * longest) per column and team, aggregated by the database in one statement;</li>
 * <li>the report's queries as they were before P3 (main before ADR 0052), for comparison.</li>
 * </ul>
 * Arguments: the national sizes (default 100000 1000000 10000000). Run by {@code bench/run-report-benchmark.sh}.
 */
public final class MonthlyReportBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final LocalDate FIRST = LocalDate.of(2023, 11, 1);
	static final YearMonth MONTH = YearMonth.of(2026, 10);
	static final MunicipalityCode OSS = new MunicipalityCode("0828");
	/** Oss's share of 1,000,000 requests in the dashboard benchmark's skew (about 3.9 %). */
	static final long OSS_REQUESTS = Long.getLong("bench.oss", 39_000L);
	static final int OTHER_MUNICIPALITIES = 339;
	static final int WARM_UP = 10;
	static final int RUNS = 60;
	static final long BATCH = 1_000_000L;

	public static void main(String[] args) throws IOException {
		var sizes = args.length == 0 ? List.of(100_000L, 1_000_000L, 10_000_000L)
				: Arrays.stream(args).map(Long::parseLong).toList();
		// Command-line arguments, not default properties: application.yml's own values would win over those.
		var context = new SpringApplicationBuilder(JeugdregieApplication.class)
				.run("--server.port=0", "--jeugdregie.clock.fixed=2026-11-16T09:00:00Z",
						"--jeugdregie.db.embedded.data-directory=target/bench-report-postgres",
						"--jeugdregie.db.embedded.clean-on-start=true", "--logging.level.root=warn",
						"--spring.modulith.events.republish-outstanding-events-on-restart=false");
		try {
			var jdbc = context.getBean(JdbcClient.class);
			var teams = context.getBean(Teams.class);
			var reports = context.getBean(MonthlyWaitingReports.class);
			if (teams.municipality(OSS).isEmpty()) {
				teams.registerMunicipality(OSS, "Oss");
			}
			for (var name : List.of("CJG Oss Noord", "CJG Oss Zuid", "CJG Oss Centrum")) {
				if (teams.ofMunicipality(OSS).stream().noneMatch(t -> t.name().equals(name))) {
					teams.createTeam(OSS, name);
				}
			}
			var ossTeams = teams.ofMunicipality(OSS).stream().map(t -> t.id().value().toString()).toList();
			jdbc.sql("truncate monitoring_treatment_wait, monitoring_route_to_care, monitoring_closure").update();
			jdbc.sql("drop table if exists bench_team").update();
			jdbc.sql("create unlogged table bench_team (idx int, team_id uuid)").update();
			for (var i = 0; i < ossTeams.size(); i++) {
				jdbc.sql("insert into bench_team values (?, ?::uuid)").params(i, ossTeams.get(i)).update();
			}
			var start = System.nanoTime();
			load(jdbc, 1, OSS_REQUESTS, true, ossTeams.size());
			System.out.printf(Locale.ROOT, "Oss: %d requests loaded in %.1f s%n", OSS_REQUESTS,
					(System.nanoTime() - start) / 1e9);
			var loaded = OSS_REQUESTS;
			var lines = new ArrayList<String>();
			lines.add("| national requests | Oss requests | load (s) | report p50 (ms) | report p95 (ms) "
					+ "| hand-written SQL p50 (ms) | hand-written SQL p95 (ms) | ratio p95 (report / SQL) "
					+ "| queries before P3 p50 (ms) | queries before P3 p95 (ms) |");
			lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			for (var size : sizes) {
				start = System.nanoTime();
				for (var from = loaded + 1; from <= size; from += BATCH) {
					load(jdbc, from, Math.min(size, from + BATCH - 1), false, 0);
				}
				loaded = Math.max(loaded, size);
				// Vacuumed as autovacuum leaves a table that has settled: visibility map set (index-only scans), and
				// no autovacuum of the fresh rows running while the report is timed.
				jdbc.sql("vacuum analyze monitoring_treatment_wait").update();
				jdbc.sql("vacuum analyze monitoring_route_to_care").update();
				jdbc.sql("vacuum analyze monitoring_closure").update();
				var loadSeconds = (System.nanoTime() - start) / 1e9;
				System.out.printf(Locale.ROOT, "%d requests in the read models (%.1f s to add)%n", loaded, loadSeconds);
				var reference = MONTH.atEndOfMonth();
				var app = time(() -> reports.report(OSS, MONTH));
				var sql = time(() -> handWritten(jdbc, reference));
				var before = time(() -> before(jdbc, reference));
				var line = String.format(Locale.ROOT, "| %d | %d | %.0f | %s | %s | %s | %s | %.1f× | %s | %s |", loaded,
						OSS_REQUESTS, loadSeconds, ms(app[0]), ms(app[1]), ms(sql[0]), ms(sql[1]), app[1] / sql[1],
						ms(before[0]), ms(before[1]));
				System.out.println(line);
				lines.add(line);
				var output = Path.of(System.getProperty("bench.output", "target/report-benchmark.md"));
				Files.writeString(output, String.join("\n", lines) + "\n");
			}
			// The true figures per column and team, for comparing with the report's published (disclosure-controlled) ones.
			System.out.println("Oss, " + MONTH + ", hand-written SQL: " + handWritten(jdbc, reference(MONTH)));
		} finally {
			context.close();
		}
	}

	private static LocalDate reference(YearMonth month) {
		return month.atEndOfMonth().isAfter(TODAY) ? TODAY : month.atEndOfMonth();
	}

	/** A uniform number in [0, 1) from (request, purpose): deterministic. */
	private static String random(int purpose) {
		return "((hashint8(i * 16 + " + purpose + ") & 2147483647)::float8 / 2147483648.0)";
	}

	/**
	 * Requests {@code from}..{@code to} (inclusive) as the projections store them: registered evenly over three years,
	 * the waiting term 14 days; 97 % started after an exponential wait (mean 9 days), the others withdrawn after 30
	 * days; 30 % of the started ones apply for care (lead time 8 weeks, route ending after a mean of 35 days), the
	 * others close 20 to 80 days after starting. Nothing after today. Oss's rows in its teams, the others' spread over
	 * 339 municipalities (codes 5000 and up) with random teams.
	 */
	private static void load(JdbcClient jdbc, long from, long to, boolean oss, int ossTeams) {
		var days = TODAY.toEpochDay() - FIRST.toEpochDay();
		jdbc.sql("drop table if exists bench_request").update();
		jdbc.sql("""
				create unlogged table bench_request as
				select s.*, case when r_start < 0.97 and registered_on + wait <= date '%4$s' then registered_on + wait end started_on
				from (select lpad(to_hex(i), 32, '0')::uuid id, %5$s municipality_code, %6$s team_id,
				             date '%3$s' + (i %% %7$d)::int registered_on,
				             floor(-ln(1 - %8$s) * 9)::int wait, %9$s r_start, %10$s r_route, %11$s r_apply, %12$s r_close
				      from generate_series(%1$d, %2$d) i) s"""
				.formatted(from, to, FIRST, TODAY,
						oss ? "'0828'::char(4)" : "(5000 + i % " + OTHER_MUNICIPALITIES + ")::text::char(4)",
						oss ? "(select team_id from bench_team where idx = i % " + ossTeams + ")"
								: "md5('team:' || (i % 1500))::uuid",
						days, random(1), random(2), random(3), random(4), random(5)))
				.update();
		jdbc.sql("""
				insert into monitoring_treatment_wait (help_request_id, municipality_code, team_id, registered_on, deadline, started_on)
				select id, municipality_code, team_id, registered_on, registered_on + 14, started_on from bench_request""")
				.update();
		jdbc.sql("""
				insert into monitoring_route_to_care (help_request_id, municipality_code, team_id, applied_on, deadline)
				select id, municipality_code, team_id, started_on + 8 + floor(r_apply * 14)::int,
				       started_on + 8 + floor(r_apply * 14)::int + 56
				from bench_request
				where started_on is not null and r_route < 0.3 and started_on + 8 + floor(r_apply * 14)::int <= date '%s'"""
				.formatted(TODAY))
				.update();
		jdbc.sql("""
				insert into monitoring_closure (help_request_id, municipality_code, closed_on, reason)
				select id, municipality_code, closed_on, 'BENCHMARK' from (
				    select id, municipality_code,
				           case when started_on is null then case when r_start >= 0.97 then registered_on + 30 end
				                when r_route < 0.3 then started_on + 8 + floor(r_apply * 14)::int
				                                        + floor(-ln(1 - r_close) * 35)::int
				                else started_on + 20 + floor(r_close * 60)::int end closed_on
				    from bench_request) c
				where closed_on <= date '%s'""".formatted(TODAY))
				.update();
		jdbc.sql("drop table bench_request").update();
	}

	/**
	 * The hand-written baseline: the report's true figures (count, sum of record keys, started weeks, longest) per
	 * column and team, in one statement, over the same read models and indexes.
	 */
	static List<String> handWritten(JdbcClient jdbc, LocalDate reference) {
		return jdbc.sql("""
				with exceeded as (
				    select 'startedLate' col, t.team_id, t.help_request_id, (t.started_on - t.deadline + 6) / 7 weeks
				    from monitoring_treatment_wait t
				    where t.municipality_code = :m and t.started_on between :from and :to and t.started_on > t.deadline
				    union all
				    select 'stillWaiting', t.team_id, t.help_request_id, (:ref - t.deadline + 6) / 7
				    from monitoring_treatment_wait t
				    left join monitoring_closure c on c.help_request_id = t.help_request_id and c.municipality_code = :m
				    where t.municipality_code = :m and t.registered_on <= :ref and t.deadline < :ref
				      and (t.started_on is null or t.started_on > :ref)
				      and (t.started_on is not null or c.closed_on is null or c.closed_on > :ref)
				    union all
				    select 'routeEndedLate', t.team_id, t.help_request_id, (c.closed_on - t.deadline + 6) / 7
				    from monitoring_closure c join monitoring_route_to_care t using (help_request_id)
				    where c.municipality_code = :m and t.municipality_code = :m and c.closed_on between :from and :to
				      and c.closed_on > t.deadline
				    union all
				    select 'routeStillRunning', t.team_id, t.help_request_id, (:ref - t.deadline + 6) / 7
				    from monitoring_route_to_care t
				    left join monitoring_closure c on c.help_request_id = t.help_request_id and c.municipality_code = :m
				    where t.municipality_code = :m and t.applied_on <= :ref and t.deadline < :ref
				      and (c.closed_on is null or c.closed_on > :ref))
				select col, team_id, count(*), sum(monitoring_record_key(help_request_id::text)), sum(weeks), max(weeks)
				from exceeded group by col, team_id order by col, team_id""")
				.param("m", OSS.value()).param("from", MONTH.atDay(1)).param("to", MONTH.atEndOfMonth())
				.param("ref", reference)
				.query((rs, n) -> rs.getString(1) + ":" + rs.getLong(3))
				.list();
	}

	/** The report's four queries as they were before P3 (main before ADR 0052), rows fetched as the report did. */
	static int before(JdbcClient jdbc, LocalDate reference) {
		var treatment = "monitoring_treatment_wait t left join monitoring_closure c using (help_request_id)";
		var route = "monitoring_route_to_care t left join monitoring_closure c using (help_request_id)";
		var rows = 0;
		for (var term : List.of(new String[] { treatment, "t.started_on", "t.registered_on",
				"coalesce(t.started_on, c.closed_on)" }, new String[] { route, "c.closed_on", "t.applied_on", "c.closed_on" })) {
			rows += jdbc.sql("""
					select t.team_id, t.deadline, %2$s, monitoring_record_key(t.help_request_id::text) from %1$s
					where t.municipality_code = ? and %2$s between ? and ? and %2$s > t.deadline"""
					.formatted(term[0], term[1]))
					.params(OSS.value(), MONTH.atDay(1), MONTH.atEndOfMonth()).query().listOfRows().size();
			rows += jdbc.sql("""
					select t.team_id, t.deadline, monitoring_record_key(t.help_request_id::text) from %1$s
					where t.municipality_code = ? and %2$s <= ? and t.deadline < ? and (%3$s is null or %3$s > ?)"""
					.formatted(term[0], term[2], term[3]))
					.params(OSS.value(), reference, reference, reference).query().listOfRows().size();
		}
		return rows;
	}

	/** p50 and p95 in milliseconds after a warm-up; slow cases get fewer runs so a size finishes in minutes. */
	private static double[] time(Supplier<?> action) {
		var first = System.nanoTime();
		action.get();
		var firstMs = (System.nanoTime() - first) / 1e6;
		var runs = firstMs > 2000 ? 5 : firstMs > 200 ? 20 : RUNS;
		for (var i = 0; i < (firstMs > 200 ? 2 : WARM_UP); i++) {
			action.get();
		}
		var samples = new double[runs];
		for (var i = 0; i < runs; i++) {
			var start = System.nanoTime();
			action.get();
			samples[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(samples);
		return new double[] { samples[(int) Math.ceil(runs * 0.5) - 1], samples[(int) Math.ceil(runs * 0.95) - 1] };
	}

	private static String ms(double value) {
		return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
	}
}
