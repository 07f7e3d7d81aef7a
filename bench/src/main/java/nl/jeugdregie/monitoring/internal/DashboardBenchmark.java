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
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardQueries;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardScope;
import nl.jeugdregie.monitoring.internal.generator.EventGenerator;
import nl.jeugdregie.monitoring.internal.generator.Regions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MON performance benchmark (issue 5 item 7): for each data size, generate the national set (deterministic
 * seed), then time the dashboard for one municipality and for the whole set, the monthly report, and the same
 * dashboard figures as a hand-written SQL aggregate over the raw event rows. Plain Java timing (warm-up, then
 * many runs, p50/p95): run by {@code bench/run-dashboard-benchmark.sh}, never by {@code ./mvnw verify}.
 *
 * <p>Arguments: the sizes (default 10000 100000 1000000); system property {@code bench.output} for the markdown.
 */
public final class DashboardBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final LocalDate FIRST = LocalDate.of(2023, 11, 1);
	static final YearMonth LAST_YEAR_FROM = YearMonth.of(2025, 11);
	static final YearMonth LAST_YEAR_TO = YearMonth.of(2026, 10);
	static final String LARGEST = "0828"; // the first place gets the most requests (skewed spread)
	static final long SEED = 20261116L;
	static final int WARM_UP = 10;
	static final int RUNS = 60;

	public static void main(String[] args) throws IOException {
		var sizes = args.length == 0 ? List.of(10_000L, 100_000L, 1_000_000L)
				: Arrays.stream(args).map(Long::parseLong).toList();
		// Command-line arguments, not default properties: application.yml's own values would win over those (the
		// database went to data/postgres and was not emptied).
		var context = new SpringApplicationBuilder(JeugdregieApplication.class)
				.run("--server.port=0", "--jeugdregie.clock.fixed=2026-11-16T09:00:00Z",
						"--jeugdregie.db.embedded.data-directory=target/bench-postgres",
						"--jeugdregie.db.embedded.clean-on-start=true", "--logging.level.root=warn",
						"--spring.modulith.events.republish-outstanding-events-on-restart=false");
		try {
			var jdbc = context.getBean(JdbcClient.class);
			var generator = context.getBean(EventGenerator.class);
			var queries = context.getBean(DashboardQueries.class);
			var reports = context.getBean(MonthlyWaitingReports.class);
			var lines = new ArrayList<String>();
			lines.add("| requests | events | load + rebuild (s) | case | read models p50 (ms) | read models p95 (ms) "
					+ "| raw-event SQL p50 (ms) | raw-event SQL p95 (ms) | ratio p95 (raw / read models) |");
			lines.add("|---:|---:|---:|---|---:|---:|---:|---:|---:|");
			for (var size : sizes) {
				jdbc.sql("truncate monitoring_event, monitoring_request_fact, monitoring_month_aggregate, "
						+ "monitoring_month_wait_bucket, monitoring_treatment_wait, monitoring_route_to_care, monitoring_closure")
						.update();
				var start = System.nanoTime();
				var places = Regions.national(340);
				var result = generator.generate(SEED, places, size, FIRST, TODAY);
				var loadSeconds = (System.nanoTime() - start) / 1e9;
				System.out.printf(Locale.ROOT, "%d requests: %d events loaded and rebuilt in %.1f s (rebuild %d ms)%n",
						size, result.events(), loadSeconds, result.millis());
				var municipality = DashboardScope.municipality(LARGEST, LAST_YEAR_FROM, LAST_YEAR_TO);
				var municipality3y = DashboardScope.municipality(LARGEST, YearMonth.from(FIRST), LAST_YEAR_TO);
				var national = DashboardScope.national(LAST_YEAR_FROM, LAST_YEAR_TO);
				var national3y = DashboardScope.national(YearMonth.from(FIRST), LAST_YEAR_TO);
				var bySchool = new DashboardScope(LARGEST, null, Referrer.SCHOOL, LAST_YEAR_FROM, LAST_YEAR_TO);
				var prefix = "| " + size + " | " + result.events() + " | " + String.format(Locale.ROOT, "%.1f", loadSeconds);
				row(lines, prefix, "dashboard, one municipality, 12 months", () -> queries.figures(municipality, TODAY),
						() -> RawEventBaseline.figures(jdbc, municipality));
				row(lines, prefix, "dashboard, one municipality, 36 months", () -> queries.figures(municipality3y, TODAY),
						() -> RawEventBaseline.figures(jdbc, municipality3y));
				row(lines, prefix, "dashboard, one municipality, referrer school", () -> queries.figures(bySchool, TODAY),
						() -> RawEventBaseline.figures(jdbc, bySchool));
				row(lines, prefix, "dashboard, whole set, 12 months", () -> queries.figures(national, TODAY),
						() -> RawEventBaseline.figures(jdbc, national));
				row(lines, prefix, "dashboard, whole set, 36 months", () -> queries.figures(national3y, TODAY),
						() -> RawEventBaseline.figures(jdbc, national3y));
				row(lines, prefix, "monthly report (TOE-9), one municipality",
						() -> reports.report(new MunicipalityCode(LARGEST), LAST_YEAR_TO), null);
				// Written after each size, so a long run that is stopped still leaves the sizes it finished.
				var output = Path.of(System.getProperty("bench.output", "target/dashboard-benchmark.md"));
				Files.writeString(output, machine() + "\n\n" + String.join("\n", lines) + "\n");
				System.out.println("Written to " + output.toAbsolutePath());
			}
		} finally {
			context.close();
		}
	}

	private static void row(List<String> lines, String prefix, String name, Supplier<?> readModels,
			Supplier<?> rawEvents) {
		var fast = time(readModels);
		var line = new StringBuilder(prefix).append(" | ").append(name).append(" | ").append(ms(fast[0])).append(" | ")
				.append(ms(fast[1])).append(" | ");
		if (rawEvents == null) {
			line.append("– | – | – |");
		} else {
			var slow = time(rawEvents);
			line.append(ms(slow[0])).append(" | ").append(ms(slow[1])).append(" | ")
					.append(String.format(Locale.ROOT, "%.1f×", slow[1] / fast[1])).append(" |");
		}
		System.out.println(line);
		lines.add(line.toString());
	}

	/** p50 and p95 in milliseconds after a warm-up; slow cases get fewer runs so a size finishes in minutes. */
	private static double[] time(Supplier<?> action) {
		var first = System.nanoTime();
		action.get();
		var firstMs = (System.nanoTime() - first) / 1e6;
		var runs = firstMs > 2000 ? 3 : firstMs > 200 ? 10 : RUNS;
		for (var i = 0; i < (firstMs > 200 ? 1 : WARM_UP); i++) {
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

	private static String machine() {
		var runtime = Runtime.getRuntime();
		return "Machine: " + runtime.availableProcessors() + " processors available to the JVM, max heap "
				+ runtime.maxMemory() / (1024 * 1024) + " MB, Java " + System.getProperty("java.version") + " ("
				+ System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
				+ System.getProperty("os.arch");
	}
}
