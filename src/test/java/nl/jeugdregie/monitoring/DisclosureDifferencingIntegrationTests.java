package nl.jeugdregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.monitoring.internal.disclosure.PerturbationTable;
import nl.jeugdregie.monitoring.internal.generator.EventGenerator;
import nl.jeugdregie.monitoring.internal.generator.Regions;
import nl.jeugdregie.monitoring.internal.outcomes.EndReasonCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2, issue 11 item 3: the differencing attack. A generated municipality with many small groups ("Klein", about
 * 650 requests a year over three teams and fourteen referrers) in a region with a larger one, a village of a handful of
 * requests a year and a municipality without any, and everything its policy officer and team lead can obtain for 2026 (the third quarter and its
 * neighbours): the dashboard API with every team and referrer filter and its months, the regional monitor per month and
 * per quarter, the monthly reports, the quarterly, half-yearly and transformation reports as CSV, the outcome API per
 * month and quarter. Every published count becomes what the published method allows for the true count (the legend:
 * {@link PerturbationTable#lowestTrueCount} to {@link PerturbationTable#highestTrueCount}); the attacker then solves, per
 * family of records, the linear programme of all those sums at once (totals minus parts, region minus municipalities,
 * report against report, filter against filter, month against quarter) for the smallest and largest value of every
 * true group of 1 to 4: the group of every published figure and every finest cell. No such group may come out pinned
 * to one value.
 */
@IntegrationTest
class DisclosureDifferencingIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final List<YearMonth> MONTHS = java.util.stream.IntStream.rangeClosed(1, 11)
			.mapToObj(m -> YearMonth.of(2026, m)).toList();
	/** The months around the third quarter, observed with every dashboard filter. */
	static final List<YearMonth> FILTERED = MONTHS.subList(5, 10);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired EventGenerator generator;
	@Autowired JdbcClient jdbc;
	@Autowired Teams teams;

	/** A group of records the attacker reasons about: its attributes and its true count. */
	record Atom(String municipality, String team, String referrer, YearMonth month, String detail, long count) {}

	/** What one published figure says: the true sum over some atoms lies between {@code low} and {@code high}. */
	record Observation(String source, List<Integer> atoms, long low, long high) {}

	/** One family of records: its finest groups and every published figure about them. */
	static final class Family {

		final String name;
		final List<Atom> atoms = new ArrayList<>();
		final List<Observation> observations = new ArrayList<>();

		Family(String name) {
			this.name = name;
		}

		void observe(String source, Predicate<Atom> in, Long published) {
			if (published == null) {
				return;
			}
			var members = new ArrayList<Integer>();
			for (var i = 0; i < atoms.size(); i++) {
				if (in.test(atoms.get(i))) {
					members.add(i);
				}
			}
			observations.add(new Observation(source, members, low(published), high(published)));
		}
	}

	/** The published method's public rule (the legend): the true counts a published count can stand for. */
	static long low(long published) {
		return PerturbationTable.lowestTrueCount(published);
	}

	static long high(long published) {
		return PerturbationTable.highestTrueCount(published);
	}

	@Test
	@DisplayName("SEC-2: no sum or difference of everything a policy officer and a team lead can obtain pins a group of 1 to 4")
	void pinsNoSmallGroupWhateverTheOutputsAreCombined() throws Exception {
		var klein = fixtures.newWorld();
		var groot = fixtures.newWorld();
		var dorp = fixtures.newWorld();
		var leeg = fixtures.newWorld();
		// A large and a smaller municipality, then a village with a handful of requests a year, and one without any.
		var places = List.of(new Regions.Place(groot.municipality().value(), "Groot", 2),
				new Regions.Place(klein.municipality().value(), "Klein", 3),
				new Regions.Place(dorp.municipality().value(), "Dorp", 1),
				new Regions.Place(leeg.municipality().value(), "Leeg", 1));
		generator.generate(1_102_026L, places.subList(0, 2), 2_000, LocalDate.of(2026, 1, 1), TODAY);
		generator.generate(2_102_026L, places.subList(2, 3), 16, LocalDate.of(2026, 1, 1), TODAY);
		var region = "differencing-" + UUID.randomUUID();
		jdbc.sql("insert into monitoring_region (code, name) values (?, 'Differentieregio')").param(region).update();
		for (var place : places) {
			jdbc.sql("insert into monitoring_region_member (municipality_code, region_code, municipality_name) values (?, ?, ?)")
					.params(place.code(), region, place.name()).update();
		}
		var code = klein.municipality().value();
		var teamIds = teams.ofMunicipality(klein.municipality()).stream().map(t -> t.id().value().toString()).toList();
		var teamNames = new HashMap<String, String>();
		teams.ofMunicipality(klein.municipality()).forEach(t -> teamNames.put(t.name(), t.id().value().toString()));
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, klein.municipality(), null);
		var teamLead = fixtures.user(Role.TEAM_LEAD, klein.municipality(), klein.team());

		var families = List.of(registrations(code, places, teamIds, policyOfficer, teamLead, teamNames),
				adults(code, policyOfficer), late(code, teamIds, teamNames, policyOfficer, "startedLate", "TREATMENT"),
				late(code, teamIds, teamNames, policyOfficer, "routeEndedLate", "ROUTE"),
				closures(code, policyOfficer));

		var pinned = new ArrayList<String>();
		var checked = 0;
		for (var family : families) {
			assertThat(family.observations).as(family.name).isNotEmpty();
			// The attacker's model is sound: every published figure allows the true count of its group.
			assertThat(family.observations).as(family.name).allSatisfy(o -> assertThat(
					o.atoms().stream().mapToLong(i -> family.atoms.get(i).count()).sum()).as(o.source())
					.isBetween(o.low(), o.high()));
			var attacker = new SumBounds(family.atoms.size(), family.observations.stream()
					.map(o -> new SumBounds.Sum(o.atoms(), o.low(), o.high())).toList());
			for (var group : groups(family)) {
				checked++;
				var range = attacker.range(group);
				var truth = group.stream().mapToLong(i -> family.atoms.get(i).count()).sum();
				assertThat(truth).as("the true count lies in what the attacker derives").isBetween(range[0], range[1]);
				if (range[0] == range[1]) {
					pinned.add(family.name + ": " + describe(family, group) + " = " + range[0]);
				}
			}
		}
		System.out.println("SEC-2 differencing: " + checked + " true groups of 1 to 4 checked, " + families.stream()
				.mapToInt(f -> f.observations.size()).sum() + " published figures, pinned: " + pinned);
		assertThat(checked).as("true groups of 1 to 4 in the generated data").isGreaterThan(50);
		assertThat(pinned).as("small groups pinned to one value").isEmpty();
	}

	// ---- Registrations: dashboard (every filter), regional monitor, quarterly, half-yearly, transformation

	private Family registrations(String code, List<Regions.Place> places, List<String> teamIds, CurrentUser policyOfficer,
			CurrentUser teamLead, Map<String, String> teamNames) throws Exception {
		var family = new Family("aanmeldingen");
		var counts = new HashMap<List<Object>, Long>();
		jdbc.sql("""
				select municipality_code, team_id::text, referrer, registered_month, count(*) from monitoring_request_fact
				where registered_month between '2026-01-01' and '2026-11-01' group by 1, 2, 3, 4""")
				.query(rs -> {
					var muni = rs.getString(1).strip();
					var month = YearMonth.from(rs.getObject(4, LocalDate.class));
					var key = muni.equals(code)
							? List.<Object>of(muni, rs.getString(2), FILTERED.contains(month) ? rs.getString(3) : "*", month)
							: List.<Object>of(muni, "*", "*", month);
					counts.merge(key, rs.getLong(5), Long::sum);
				});
		for (var place : places) {
			for (var month : MONTHS) {
				if (!place.code().equals(code)) {
					family.atoms.add(atom(counts, place.code(), "*", "*", month));
					continue;
				}
				for (var team : teamIds) {
					if (!FILTERED.contains(month)) {
						family.atoms.add(atom(counts, code, team, "*", month));
						continue;
					}
					for (var referrer : Referrer.values()) {
						family.atoms.add(atom(counts, code, team, referrer.name(), month));
					}
				}
			}
		}
		Predicate<Atom> own = a -> a.municipality().equals(code);
		// The dashboard: the team lead's view, over the filtered months with every filter, and over the year.
		var filters = new ArrayList<Map.Entry<String, Predicate<Atom>>>();
		filters.add(Map.entry("", a -> true));
		teamIds.forEach(team -> filters.add(Map.entry("&team=" + team, a -> a.team().equals(team))));
		for (var referrer : Referrer.values()) {
			filters.add(Map.entry("&referrer=" + referrer.name(), a -> a.referrer().equals(referrer.name())));
		}
		for (var filter : filters) {
			dashboard(family, teamLead, FILTERED, filter.getKey(), own.and(filter.getValue()));
		}
		dashboard(family, teamLead, MONTHS, "", own);
		for (var team : teamIds) {
			dashboard(family, policyOfficer, MONTHS, "&team=" + team, own.and(a -> a.team().equals(team)));
		}
		// The regional monitor per month, per quarter and over the year.
		var spans = new ArrayList<List<YearMonth>>();
		MONTHS.forEach(m -> spans.add(List.of(m)));
		spans.add(MONTHS.subList(0, 3));
		spans.add(MONTHS.subList(3, 6));
		spans.add(MONTHS.subList(6, 9));
		spans.add(MONTHS.subList(9, 11));
		spans.add(MONTHS);
		for (var span : spans) {
			var json = json(policyOfficer, "/api/v1/dashboard/region?from=" + span.getFirst() + "&to=" + span.getLast());
			Predicate<Atom> inSpan = a -> span.contains(a.month());
			for (var place : places) {
				family.observe("regio " + span, inSpan.and(a -> a.municipality().equals(place.code())),
						number(read(json, "$.municipalities[?(@.municipalityCode == '" + place.code()
								+ "')].registrations.value")));
			}
			family.observe("regio totaal " + span, inSpan, number(read(json, "$.total.registrations.value")));
		}
		// The periodic reports: registrations per team and in total, by registration date.
		for (var quarter = 1; quarter <= 4; quarter++) {
			var span = MONTHS.subList(3 * (quarter - 1), Math.min(11, 3 * quarter));
			var csv = csv(policyOfficer, "/api/v1/reports/quarterly?format=csv&quarter=2026-Q" + quarter);
			periodicRegistrations(family, "kwartaal " + quarter, csv, span, own, teamNames);
		}
		periodicRegistrations(family, "halfjaar 1", csv(policyOfficer, "/api/v1/reports/half-yearly?format=csv&halfYear=2026-H1"),
				MONTHS.subList(0, 6), own, teamNames);
		periodicRegistrations(family, "halfjaar 2", csv(policyOfficer, "/api/v1/reports/half-yearly?format=csv&halfYear=2026-H2"),
				MONTHS.subList(6, 11), own, teamNames);
		var transformation = csv(policyOfficer, "/api/v1/reports/transformation?format=csv&year=2026");
		var quarters = List.of("1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal");
		for (var q = 0; q < 4; q++) {
			var span = MONTHS.subList(3 * q, Math.min(11, 3 * q + 3));
			family.observe("transformatie " + quarters.get(q), own.and(a -> span.contains(a.month())),
					transformation.get(List.of("Wat we nu al zien", "Aanmeldingen", quarters.get(q))));
		}
		family.observe("transformatie jaar", own, transformation.get(List.of("Wat we nu al zien", "Aanmeldingen", "Jaar")));
		return family;
	}

	private static Atom atom(Map<List<Object>, Long> counts, String municipality, String team, String referrer,
			YearMonth month) {
		return new Atom(municipality, team, referrer, month, "",
				counts.getOrDefault(List.<Object>of(municipality, team, referrer, month), 0L));
	}

	private void dashboard(Family family, CurrentUser user, List<YearMonth> span, String filter, Predicate<Atom> in)
			throws Exception {
		var json = json(user, "/api/v1/dashboard?from=" + span.getFirst() + "&to=" + span.getLast() + filter);
		for (var i = 0; i < span.size(); i++) {
			var month = span.get(i);
			family.observe("dashboard " + month + filter, in.and(a -> a.month().equals(month)),
					number(read(json, "$.months[" + i + "].registrations.value")));
		}
		family.observe("dashboard " + span.getFirst() + ".." + span.getLast() + filter, in.and(a -> span.contains(a.month())),
				number(read(json, "$.figures.registrations.value")));
	}

	private static void periodicRegistrations(Family family, String source, Map<List<String>, Long> csv,
			List<YearMonth> span, Predicate<Atom> own, Map<String, String> teamNames) {
		Predicate<Atom> inSpan = own.and(a -> span.contains(a.month()));
		teamNames.forEach((name, id) -> family.observe(source + " " + name, inSpan.and(a -> a.team().equals(id)),
				csv.get(List.of("Aanmeldingen", name, "Aantal"))));
		family.observe(source + " totaal", inSpan, csv.get(List.of("Aanmeldingen", "Totaal", "Aantal")));
	}

	// ---- Registrations of young people of 18 or older: quarterly, half-yearly, transformation

	private Family adults(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("aanmeldingen 18+");
		var counts = new HashMap<YearMonth, Long>();
		jdbc.sql("""
				select date_trunc('month', registered_on)::date, count(*) from monitoring_outcome_registration
				where municipality_code = ? and age_at_registration >= 18 group by 1""").param(code)
				.query(rs -> {
					counts.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
				});
		MONTHS.forEach(m -> family.atoms.add(new Atom(code, "*", "*", m, "18+", counts.getOrDefault(m, 0L))));
		for (var quarter = 1; quarter <= 4; quarter++) {
			var span = MONTHS.subList(3 * (quarter - 1), Math.min(11, 3 * quarter));
			var csv = csv(policyOfficer, "/api/v1/reports/quarterly?format=csv&quarter=2026-Q" + quarter);
			family.observe("kwartaal " + quarter, a -> span.contains(a.month()),
					csv.get(List.of("Aanmeldingen", "Waarvan 18 jaar of ouder", "Aantal")));
		}
		var transformation = csv(policyOfficer, "/api/v1/reports/transformation?format=csv&year=2026");
		var quarters = List.of("1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal");
		var row = "Aanmeldingen van jongeren van 18 jaar of ouder";
		for (var q = 0; q < 4; q++) {
			var span = MONTHS.subList(3 * q, Math.min(11, 3 * q + 3));
			family.observe("transformatie " + quarters.get(q), a -> span.contains(a.month()),
					transformation.get(List.of("Wat we nu al zien", row, quarters.get(q))));
		}
		family.observe("transformatie jaar", a -> true, transformation.get(List.of("Wat we nu al zien", row, "Jaar")));
		return family;
	}

	// ---- Terms met late: monthly reports per team against the quarterly and half-yearly reports

	private Family late(String code, List<String> teamIds, Map<String, String> teamNames, CurrentUser policyOfficer,
			String column, String term) throws Exception {
		var family = new Family(column);
		var counts = new HashMap<List<Object>, Long>();
		var sql = term.equals("TREATMENT") ? """
				select team_id::text, date_trunc('month', started_on)::date, count(*) from monitoring_treatment_wait
				where municipality_code = ? and started_on > deadline group by 1, 2""" : """
				select t.team_id::text, date_trunc('month', c.closed_on)::date, count(*)
				from monitoring_route_to_care t join monitoring_closure c using (help_request_id)
				where t.municipality_code = ? and c.closed_on > t.deadline group by 1, 2""";
		jdbc.sql(sql).param(code).query(rs -> {
			counts.put(List.of(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))), rs.getLong(3));
		});
		for (var month : MONTHS) {
			for (var team : teamIds) {
				family.atoms.add(new Atom(code, team, "*", month, column, counts.getOrDefault(List.of(team, month), 0L)));
			}
		}
		for (var month : MONTHS) {
			var json = json(policyOfficer, "/api/v1/reports/monthly-waiting-term?month=" + month);
			Predicate<Atom> inMonth = a -> a.month().equals(month);
			for (var name : teamNames.keySet()) {
				family.observe("maand " + month + " " + name, inMonth.and(a -> a.team().equals(teamNames.get(name))),
						number(read(json, "$.teams[?(@.name == '" + name + "')]." + column + ".count")));
			}
			family.observe("maand " + month + " totaal", inMonth, number(read(json, "$.total." + column + ".count")));
		}
		var part = term.equals("TREATMENT") ? List.of("Wachtlijst en wachttijd", "Waarvan na de termijn", "Waarde")
				: List.of("Doorlooptijden", "Waarvan na de termijn", "Waarde");
		for (var quarter = 1; quarter <= 4; quarter++) {
			var span = MONTHS.subList(3 * (quarter - 1), Math.min(11, 3 * quarter));
			family.observe("kwartaal " + quarter, a -> span.contains(a.month()),
					csv(policyOfficer, "/api/v1/reports/quarterly?format=csv&quarter=2026-Q" + quarter).get(part));
		}
		family.observe("halfjaar 1", a -> MONTHS.subList(0, 6).contains(a.month()),
				csv(policyOfficer, "/api/v1/reports/half-yearly?format=csv&halfYear=2026-H1").get(part));
		return family;
	}

	// ---- Closures: outcome report per month and quarter (end reasons, drop-out), quarterly, transformation

	private Family closures(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("afsluitingen");
		var counts = new HashMap<List<Object>, Long>();
		jdbc.sql("""
				select reason, date_trunc('month', closed_on)::date, count(*) from monitoring_outcome_closure
				where municipality_code = ? group by 1, 2""").param(code).query(rs -> {
			counts.put(List.of(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))), rs.getLong(3));
		});
		for (var month : MONTHS) {
			for (var reason : ClosureReason.values()) {
				family.atoms.add(new Atom(code, "*", "*", month, reason.name(),
						counts.getOrDefault(List.of(reason.name(), month), 0L)));
			}
		}
		var spans = new ArrayList<List<YearMonth>>();
		MONTHS.subList(0, 10).forEach(m -> spans.add(List.of(m)));
		for (var q = 0; q < 4; q++) {
			spans.add(MONTHS.subList(3 * q, Math.min(11, 3 * q + 3)));
		}
		for (var span : spans) {
			var json = json(policyOfficer, "/api/v1/reports/outcomes?from=" + span.getFirst() + "&to=" + span.getLast());
			Predicate<Atom> inSpan = a -> span.contains(a.month());
			for (var category : EndReasonCategory.values()) {
				family.observe("uitkomsten " + span + " " + category, inSpan.and(a -> category(a) == category),
						number(read(json, "$.endReasons[?(@.name == '" + category.dutchName() + "')].count")));
			}
			family.observe("uitkomsten " + span + " totaal", inSpan, number(read(json, "$.endReasonsTotal")));
			family.observe("uitkomsten " + span + " uitval", inSpan.and(a -> category(a).dropOut()),
					number(read(json, "$.dropOut.numerator")));
			family.observe("uitkomsten " + span + " bekend", inSpan.and(a -> category(a).known()),
					number(read(json, "$.dropOut.denominator")));
		}
		var transformation = csv(policyOfficer, "/api/v1/reports/transformation?format=csv&year=2026");
		var quarters = List.of("1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal", "Jaar");
		var rows = new LinkedHashMap<String, Predicate<Atom>>();
		rows.put("Beëindigd: hulpvraag afgesloten", a -> true);
		rows.put("Lichte hulp: afgerond door het CJG, sociaal team of voorliggend veld",
				a -> List.of("SOLVED_BY_CJG", "HANDED_TO_SOCIAL_TEAM", "REFERRED_TO_PRECEDING_FIELD").contains(a.detail()));
		rows.put("Zwaardere hulp: toegeleid naar specialistische jeugdhulp", a -> a.detail().equals("SPECIALISED_CARE_STARTED"));
		for (var q = 0; q < 5; q++) {
			var span = q == 4 ? MONTHS : MONTHS.subList(3 * q, Math.min(11, 3 * q + 3));
			for (var row : rows.entrySet()) {
				family.observe("transformatie " + row.getKey() + " " + quarters.get(q),
						row.getValue().and(a -> span.contains(a.month())),
						transformation.get(List.of("Wat we nu al zien", row.getKey(), quarters.get(q))));
			}
		}
		for (var quarter = 1; quarter <= 4; quarter++) {
			var span = MONTHS.subList(3 * (quarter - 1), Math.min(11, 3 * quarter));
			family.observe("kwartaal " + quarter, a -> span.contains(a.month()),
					csv(policyOfficer, "/api/v1/reports/quarterly?format=csv&quarter=2026-Q" + quarter)
							.get(List.of("Doorlooptijden", "Afgesloten hulpvragen in deze periode", "Waarde")));
		}
		return family;
	}

	private static EndReasonCategory category(Atom atom) {
		return EndReasonCategory.ofName(atom.detail());
	}

	// ---- The attacker: one linear programme per family and group (SumBounds)

	/** The groups to protect: every finest cell and every published figure's group whose true count is 1 to 4. */
	private static List<List<Integer>> groups(Family family) {
		var groups = new LinkedHashMap<List<Integer>, Boolean>();
		for (var i = 0; i < family.atoms.size(); i++) {
			if (small(family.atoms.get(i).count())) {
				groups.put(List.of(i), true);
			}
		}
		for (var observation : family.observations) {
			var sum = observation.atoms().stream().mapToLong(i -> family.atoms.get(i).count()).sum();
			if (small(sum)) {
				groups.put(observation.atoms(), true);
			}
		}
		return List.copyOf(groups.keySet());
	}

	private static boolean small(long count) {
		return count >= 1 && count <= 4;
	}

	private static String describe(Family family, List<Integer> group) {
		var first = family.atoms.get(group.getFirst());
		return group.size() == 1 ? first.toString()
				: family.observations.stream().filter(o -> o.atoms().equals(group)).map(Observation::source)
						.findFirst().orElse(group.size() + " cellen") + " (echt "
						+ group.stream().mapToLong(i -> family.atoms.get(i).count()).sum() + ")";
	}

	// ---- Reading the outputs

	private String json(CurrentUser user, String path) throws Exception {
		var response = mvc.perform(get(path).with(TestFixtures.api(user))).andReturn()
				.getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A long-form report CSV as (part, row, column) to the published number; marks and texts are left out. */
	private Map<List<String>, Long> csv(CurrentUser user, String path) throws Exception {
		var figures = new HashMap<List<String>, Long>();
		for (var line : json(user, path).split("\r\n")) {
			var fields = line.split(";", -1);
			if (fields.length >= 8 && fields[7].matches("\\d+")) {
				figures.put(List.of(fields[4], fields[5], fields[6]), Long.parseLong(fields[7]));
			}
		}
		return figures;
	}

	/** The value at a JSON path, or null when the output has no such field. */
	private static Object read(String json, String path) {
		try {
			return JsonPath.read(json, path);
		} catch (com.jayway.jsonpath.PathNotFoundException e) {
			return null;
		}
	}

	/** A JSON number, the only element of a filter's result, or null when the figure is not published. */
	private static Long number(Object value) {
		if (value instanceof List<?> list) {
			return list.isEmpty() ? null : number(list.getFirst());
		}
		return value instanceof Number number ? Long.valueOf(number.longValue()) : null;
	}
}
