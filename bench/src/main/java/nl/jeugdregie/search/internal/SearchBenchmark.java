package nl.jeugdregie.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.jeugdregie.JeugdregieApplication;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.search.FileFinder;
import nl.jeugdregie.search.SearchTerms;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search benchmark (issue 13, item 1; ADR 0032): loads {@code perMunicipality} help requests (default 100,000)
 * for gemeente 0828 and as many spread over four other municipalities, then times, per kind of search (part of a
 * name, full name, date of birth, BSN, HV number), (a) the finder on the trigram and b-tree indexes of V28_1,
 * (b) the whole search as a case worker does it (access decision per file and the audit rows of what is shown), and
 * (c) a plain SQL baseline on the same rows without those indexes ({@code lower(given_name || ' ' || family_name)
 * like …}, date and BSN without the municipality's index). Plain Java timing (warm-up, then p50/p95 over different
 * queries). Run by {@code bench/run-search.sh}, never by {@code ./mvnw verify}.
 */
public final class SearchBenchmark {

	static final String LARGEST = "0828";
	static final List<String> OTHERS = List.of("0796", "1721", "0845", "0824");
	static final String[] GIVEN = { "Noor", "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Evi",
			"Liv", "Anna", "Lotte", "Fleur", "Yara", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Bram",
			"Luuk", "Jesse", "Thijs", "Mohammed", "Adam", "Ayoub", "Sven", "Ruben", "Jayden", "Hugo", "Lars", "Jens",
			"Ilse", "Fatma", "Elif", "Aya", "Roos" };
	static final String[] FAMILY = { "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
			"Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
			"Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok",
			"Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong",
			"van der Heijden", "Schouten", "Beekman", "Verhoeven", "van Erp", "El Idrissi", "Kaya", "Yilmaz", "Maas",
			"Timmermans", "van Rooij", "Willems", "Hermans", "Kuipers", "Verbeek", "Pauwels", "Koster", "Prins",
			"Huisman", "Postma", "van Vliet", "Gerritsen", "Koning", "Sanders", "Bosman", "Molenaar" };
	static final int QUERIES_PER_KIND = 60;
	static final int WARM_UP = 20;

	public static void main(String[] args) throws IOException {
		var perMunicipality = args.length == 0 ? 100_000 : Integer.parseInt(args[0]);
		var context = new SpringApplicationBuilder(JeugdregieApplication.class)
				.properties("server.port=0", "jeugdregie.clock.fixed=2026-11-16T09:00:00Z",
						"jeugdregie.db.embedded.data-directory=target/bench-search-postgres",
						"jeugdregie.db.embedded.clean-on-start=true", "logging.level.root=warn",
						"spring.modulith.events.republish-outstanding-events-on-restart=false")
				.run();
		try {
			var jdbc = context.getBean(JdbcClient.class);
			var teams = context.getBean(Teams.class);
			var finders = context.getBeansOfType(FileFinder.class).values().stream().toList();
			var search = context.getBean(SearchService.class);
			var start = System.nanoTime();
			var all = new ArrayList<String>(OTHERS);
			all.addFirst(LARGEST);
			nl.jeugdregie.identity.TeamId largestTeam = null;
			for (var i = 0; i < all.size(); i++) {
				var code = new MunicipalityCode(all.get(i));
				if (teams.municipality(code).isEmpty()) {
					teams.registerMunicipality(code, "Benchmarkgemeente " + code.value());
				}
				var team = teams.createTeam(code, "CJG Benchmark " + code.value());
				if (i == 0) {
					largestTeam = team.id();
				}
				// The largest municipality gets perMunicipality requests; the others share as many.
				load(jdbc, code.value(), team.id().value(), i == 0 ? perMunicipality : perMunicipality / OTHERS.size(), i);
			}
			jdbc.sql("analyze help_request").update();
			var loadSeconds = (System.nanoTime() - start) / 1e9;
			var total = jdbc.sql("select count(*) from help_request").query(Long.class).single();
			System.out.printf(Locale.ROOT, "%d requests loaded in %.1f s%n", total, loadSeconds);

			var user = new CurrentUser("bench.professional", "Benchmark", Role.YOUTH_PROFESSIONAL,
					new MunicipalityCode(LARGEST), largestTeam);
			var queries = queries(perMunicipality);
			var lines = new ArrayList<String>();
			lines.add("| search | queries | finder p50 (ms) | finder p95 (ms) | whole search p50 (ms) | whole search p95 (ms) "
					+ "| plain SQL p50 (ms) | plain SQL p95 (ms) | ratio p95 (plain / finder) |");
			lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
			var everyFinder = new ArrayList<Double>();
			var everyBaseline = new ArrayList<Double>();
			var everySearch = new ArrayList<Double>();
			for (var entry : queries.entrySet()) {
				var texts = entry.getValue();
				var finder = time(texts, q -> {
					var terms = SearchTerms.read(q);
					return finders.stream().mapToInt(f -> f.find(terms, user.municipality(), SearchService.LIMIT).size()).sum();
				});
				var whole = time(texts, q -> search.search(user, q));
				var baseline = time(texts, q -> Baseline.find(jdbc, SearchTerms.read(q), LARGEST));
				everyFinder.addAll(finder);
				everySearch.addAll(whole);
				everyBaseline.addAll(baseline);
				lines.add(row(entry.getKey(), texts.size(), finder, whole, baseline));
				System.out.println(lines.getLast());
			}
			lines.add(row("**all kinds**", everyFinder.size(), everyFinder, everySearch, everyBaseline));
			var output = Path.of(System.getProperty("bench.output", "target/search-benchmark.md"));
			Files.writeString(output, "Requests: " + total + " (" + perMunicipality + " in " + LARGEST + ", the rest in "
					+ OTHERS.size() + " other municipalities), loaded in " + String.format(Locale.ROOT, "%.1f", loadSeconds)
					+ " s\n\n" + String.join("\n", lines) + "\n");
			System.out.println(String.join("\n", lines));
			System.out.println("Written to " + output.toAbsolutePath());
		} finally {
			context.close();
		}
	}

	/** Set-based, deterministic: names, dates of birth and BSNs from hashes of the row number. */
	private static void load(JdbcClient jdbc, String code, java.util.UUID team, int count, int offset) {
		jdbc.sql("""
				insert into help_request (id, number, client_id, municipality_code, team_id, given_name, family_name,
				  date_of_birth, bsn, channel, referrer, question, registered_at, registered_on, registered_by,
				  treatment_deadline, state, crisis, request_type, version)
				select gen_random_uuid(), 'HV-' || :code || '-2026-' || lpad(i::text, 6, '0'), gen_random_uuid(), :code, :team,
				  (:given::text[])[1 + abs(hashint4(i * 31 + :offset)) % cardinality(:given::text[])],
				  (:family::text[])[1 + abs(hashint4(i * 17 + 7 + :offset)) % cardinality(:family::text[])],
				  date '2008-01-01' + abs(hashint4(i * 13 + :offset)) % 6500,
				  lpad((:offset * 10000000 + i)::text, 9, '0'), 'PHONE', 'SCHOOL', 'Benchmark',
				  timestamptz '2026-01-01 09:00+01' + (i % 300) * interval '1 day', date '2026-01-01' + i % 300, 'bench',
				  date '2026-01-15' + i % 300, 'AWAITING_TREATMENT', 'NONE', 'REGULAR', 0
				from generate_series(1, :count) as i""")
				.param("code", code).param("team", team).param("given", GIVEN).param("family", FAMILY)
				.param("offset", offset).param("count", count).update();
	}

	/** Different queries per kind, all of the largest municipality, deterministic. */
	private static Map<String, List<String>> queries(int perMunicipality) {
		var result = new LinkedHashMap<String, List<String>>();
		var part = new ArrayList<String>();
		var full = new ArrayList<String>();
		var dates = new ArrayList<String>();
		var bsns = new ArrayList<String>();
		var numbers = new ArrayList<String>();
		for (var i = 0; i < QUERIES_PER_KIND; i++) {
			var family = FAMILY[(i * 7) % FAMILY.length];
			var lastWord = family.substring(family.lastIndexOf(' ') + 1);
			part.add(lastWord.substring(0, Math.min(5, lastWord.length())).toLowerCase(Locale.ROOT));
			full.add(GIVEN[(i * 11) % GIVEN.length] + " " + family);
			var date = java.time.LocalDate.of(2008, 1, 1).plusDays((i * 97L) % 6500);
			dates.add(date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear());
			var row = 1 + (i * 1_627L) % perMunicipality;
			bsns.add(String.format(Locale.ROOT, "%09d", row));
			numbers.add("HV-" + LARGEST + "-2026-" + String.format(Locale.ROOT, "%06d", row));
		}
		result.put("part of a family name (5 letters)", part);
		result.put("given and family name", full);
		result.put("date of birth", dates);
		result.put("BSN", bsns);
		result.put("HV number", numbers);
		return result;
	}

	private static List<Double> time(List<String> texts, Function<String, ?> action) {
		for (var i = 0; i < WARM_UP; i++) {
			action.apply(texts.get(i % texts.size()));
		}
		var samples = new ArrayList<Double>();
		for (var text : texts) {
			var start = System.nanoTime();
			action.apply(text);
			samples.add((System.nanoTime() - start) / 1e6);
		}
		return samples;
	}

	private static String row(String name, int count, List<Double> finder, List<Double> whole, List<Double> baseline) {
		var f95 = percentile(finder, 0.95);
		var b95 = percentile(baseline, 0.95);
		return "| " + name + " | " + count + " | " + ms(percentile(finder, 0.5)) + " | " + ms(f95) + " | "
				+ ms(percentile(whole, 0.5)) + " | " + ms(percentile(whole, 0.95)) + " | " + ms(percentile(baseline, 0.5))
				+ " | " + ms(b95) + " | " + String.format(Locale.ROOT, "%.1f×", b95 / f95) + " |";
	}

	private static double percentile(List<Double> values, double p) {
		var sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return sorted[(int) Math.ceil(sorted.length * p) - 1];
	}

	private static String ms(double value) {
		return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.0f", value);
	}

	/** The plain SQL a first version would write: the same filters on expressions no index of V28_1 serves. */
	static final class Baseline {

		static int find(JdbcClient jdbc, SearchTerms terms, String municipality) {
			var sql = switch (terms) {
				case SearchTerms.CaseNumber n -> jdbc.sql("select id from help_request where municipality_code = ? "
						+ "and upper(number) = ? limit 20").params(municipality, n.number());
				case SearchTerms.Bsn b -> jdbc.sql("select id from help_request where municipality_code = ? "
						+ "and coalesce(bsn, '') || '' = ? limit 20").params(municipality, b.digits());
				case SearchTerms.DateOfBirth d -> jdbc.sql("select id from help_request where municipality_code = ? "
						+ "and date_of_birth + 0 = ? limit 20").params(municipality, d.date());
				case SearchTerms.Name n -> {
					var words = n.words().isEmpty() ? List.of(n.text()) : n.words();
					var where = new StringBuilder();
					for (var w : words) {
						where.append(" and lower(given_name || ' ' || family_name) like '%")
								.append(w.replace("'", "''").replace("%", "")).append("%'");
					}
					yield jdbc.sql("select id from help_request where municipality_code = ?" + where
							+ " order by registered_at desc limit 20").param(municipality);
				}
			};
			return sql.query((rs, row) -> rs.getObject(1)).list().size();
		}
	}
}
