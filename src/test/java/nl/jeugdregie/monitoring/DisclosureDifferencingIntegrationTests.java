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
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import nl.jeugdregie.schools.internal.location.ConnectionDraft;
import nl.jeugdregie.schools.internal.location.LocationDraft;
import nl.jeugdregie.schools.internal.location.LocationService;
import nl.jeugdregie.schools.internal.location.SchoolLocation;
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
 * <p>
 * Issue 17 (OND-5, OND-7): the schools report of the last twelve months (API, CSV; the page and the PDF render the
 * same report) joins the outputs: questions from schools per month, per connection type, per location and in total
 * (finest cell: location × month), the waiting list at each month's end (finest cell: month registered × month taken
 * into treatment, which makes every month-end stock a sum of cells) and children out of school at each month's end and
 * new per month (finest cell: month since × month back at school).
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
	@Autowired LocationService schoolLocations;

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
		allocationsOf(code);
		var teamIds = teams.ofMunicipality(klein.municipality()).stream().map(t -> t.id().value().toString()).toList();
		var teamNames = new HashMap<String, String>();
		teams.ofMunicipality(klein.municipality()).forEach(t -> teamNames.put(t.name(), t.id().value().toString()));
		var policyOfficer = fixtures.user(Role.POLICY_OFFICER, klein.municipality(), null);
		var teamLead = fixtures.user(Role.TEAM_LEAD, klein.municipality(), klein.team());

		var families = List.of(registrations(code, places, teamIds, policyOfficer, teamLead, teamNames),
				adults(code, policyOfficer), late(code, teamIds, teamNames, policyOfficer, "startedLate", "TREATMENT"),
				late(code, teamIds, teamNames, policyOfficer, "routeEndedLate", "ROUTE"),
				closures(code, policyOfficer), allocationsByAdulthood(code, policyOfficer), allocationEnds(code, policyOfficer),
				cjgTransfers(code, policyOfficer), schoolQuestions(klein.municipality(), policyOfficer, teamLead),
				schoolWaitingList(code, policyOfficer), outOfSchool(code, policyOfficer));

		var pinned = new ArrayList<String>();
		var perFamily = new LinkedHashMap<String, String>();
		var checked = 0;
		for (var family : families) {
			assertThat(family.observations).as(family.name).isNotEmpty();
			// The attacker's model is sound: every published figure allows the true count of its group.
			assertThat(family.observations).as(family.name).allSatisfy(o -> assertThat(
					o.atoms().stream().mapToLong(i -> family.atoms.get(i).count()).sum()).as(o.source())
					.isBetween(o.low(), o.high()));
			if (family.name.contains("scholen") || family.name.equals("thuiszitters")) {
				// The schools report's families must give the attacker small groups to aim at, or they prove nothing.
				assertThat(groups(family)).as(family.name + ": true groups of 1 to 4").isNotEmpty();
			}
			var attacker = new SumBounds(family.atoms.size(), family.observations.stream()
					.map(o -> new SumBounds.Sum(o.atoms(), o.low(), o.high())).toList());
			perFamily.put(family.name, groups(family).size() + " groepen, " + family.observations.size() + " cijfers");
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
				.mapToInt(f -> f.observations.size()).sum() + " published figures " + perFamily + ", pinned: " + pinned);
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

	// ---- Allocations (MON-5, MON-6): 18+ and past the 18th birthday, end and outflow, heavy → light

	static final List<String> ADULTHOOD = List.of("UNDER_18", "TURNS_18_DURING", "ADULT_AT_START", "UNKNOWN");

	/** MON-5: the aftercare decisions of ended allocations, and none recorded yet. */
	static final String NO_DECISION = "-";
	static final List<String> AFTERCARE = List.of("CJG", "OTHER_PARTY", "NONE", NO_DECISION);

	/**
	 * Allocation's events for the municipality, straight into monitoring's read models: 160 allocations decided from
	 * January to 15 November (seven in ten under 18, the rest 18+, past the 18th birthday or unknown), each ending by
	 * 15 November, three in ten continued by a later one, the others with an aftercare decision in three of four (MON-5);
	 * 40 extensions moved to the CJG.
	 */
	private void allocationsOf(String code) {
		var random = new java.util.Random(15_2026L);
		var decisions = new java.util.Random(58_2026L);
		var first = LocalDate.of(2026, 1, 1);
		var days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, TODAY);
		for (var number = 1; number <= 160; number++) {
			var decided = first.plusDays(random.nextInt(days));
			var until = first.plusDays(random.nextInt(days));
			var from = until.isBefore(decided) ? until : decided;
			var draw = random.nextInt(10);
			var adulthood = draw < 7 ? ADULTHOOD.get(0) : ADULTHOOD.get(draw - 6);
			jdbc.sql("""
					insert into monitoring_in_kind_provision (municipality_code, allocation_number, category, financing,
					    valid_from, valid_until, budget_cents, in_region, bridging_care, residential, family_based, extension,
					    decided_on, adulthood)
					values (?, ?, '45', 'IN_KIND', ?, ?, 100000, true, false, false, false, false, ?, ?)""")
					.params(code, number, from, until, decided, adulthood).update();
			var continued = random.nextInt(10) < 3;
			if (continued) {
				jdbc.sql("insert into monitoring_allocation_continuation (municipality_code, allocation_number, continued_by) values (?, ?, ?)")
						.params(code, number, 1_000 + number).update();
			}
			// MON-5 (ADR 0058): an ended allocation that nothing continues has an aftercare decision, or none yet.
			var aftercare = AFTERCARE.get(decisions.nextInt(AFTERCARE.size()));
			if (!continued && !aftercare.equals(NO_DECISION)) {
				jdbc.sql("""
						insert into monitoring_aftercare (municipality_code, allocation_number, kind, starts_on, care_ended_on,
						    version, recorded_at)
						values (?, ?, ?, ?, ?, 1, now())""")
						.params(code, number, aftercare, aftercare.equals("NONE") ? null : until, until).update();
			}
		}
		for (var i = 0; i < 40; i++) {
			var decided = first.plusDays(random.nextInt(days));
			jdbc.sql("""
					insert into monitoring_cjg_transfer (transfer_id, municipality_code, category, valid_from, valid_until, decided_on)
					values (?, ?, '45', ?, ?, ?)""").params(UUID.randomUUID(), code, decided, decided.plusMonths(6), decided).update();
		}
	}

	/** Allocations per month decided and band against the 18th birthday: the two 18+ rows and all allocations. */
	private Family allocationsByAdulthood(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("toewijzingen 18+");
		var counts = new HashMap<List<Object>, Long>();
		jdbc.sql("""
				select adulthood, date_trunc('month', decided_on)::date, count(*) from monitoring_in_kind_provision
				where municipality_code = ? group by 1, 2""").param(code).query(rs -> {
			counts.put(List.of(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))), rs.getLong(3));
		});
		for (var month : MONTHS) {
			for (var band : ADULTHOOD) {
				family.atoms.add(new Atom(code, "*", "*", month, band, counts.getOrDefault(List.of(band, month), 0L)));
			}
		}
		var rows = new LinkedHashMap<String, Predicate<Atom>>();
		rows.put("Toewijzingen aan jongeren van 18 jaar of ouder", a -> a.detail().equals("ADULT_AT_START"));
		rows.put("Toewijzingen die doorlopen na de 18e verjaardag", a -> a.detail().equals("TURNS_18_DURING"));
		rows.put("Toewijzingen jeugdhulp zonder verblijf", a -> true);
		rows.put("Toewijzingen aan aanbieders binnen de regio", a -> true);
		transformationRows(family, policyOfficer, rows);
		return family;
	}

	/**
	 * Allocations per month of their last day, continued or not, by aftercare decision: the end row, the outflow row
	 * and the aftercare rows (MON-5, ADR 0058).
	 */
	private Family allocationEnds(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("einde, uitstroom en nazorg");
		var counts = new HashMap<List<Object>, Long>();
		jdbc.sql("""
				select exists (select 1 from monitoring_allocation_continuation c where c.municipality_code = p.municipality_code
				    and c.allocation_number = p.allocation_number)::text || ':' || coalesce((select a.kind from monitoring_aftercare a
				    where a.municipality_code = p.municipality_code and a.allocation_number = p.allocation_number), ?),
				    date_trunc('month', valid_until)::date, count(*)
				from monitoring_in_kind_provision p where municipality_code = ? group by 1, 2""").params(NO_DECISION, code)
				.query(rs -> {
					counts.put(List.of(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))), rs.getLong(3));
				});
		for (var month : MONTHS) {
			for (var continued : List.of("true", "false")) {
				for (var aftercare : AFTERCARE) {
					var detail = continued + ":" + aftercare;
					family.atoms.add(new Atom(code, "*", "*", month, detail, counts.getOrDefault(List.of(detail, month), 0L)));
				}
			}
		}
		var rows = new LinkedHashMap<String, Predicate<Atom>>();
		rows.put("Einde bij de aanbieder (einddatum van de toewijzing)", a -> true);
		rows.put("Uitstroom: toewijzing afgelopen zonder aansluitende toewijzing", a -> a.detail().startsWith("false:"));
		rows.put("Nazorg door het CJG", a -> a.detail().endsWith(":CJG"));
		rows.put("Nazorg door een andere partij", a -> a.detail().endsWith(":OTHER_PARTY"));
		rows.put("Geen nazorg nodig", a -> a.detail().endsWith(":NONE"));
		rows.put("Beëindigde zorg zonder vastgelegd besluit over nazorg", a -> a.detail().equals("false:" + NO_DECISION));
		transformationRows(family, policyOfficer, rows);
		return family;
	}

	/** Extensions moved to the CJG per month decided: the heavy → light row. */
	private Family cjgTransfers(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("van zwaar naar licht");
		var counts = new HashMap<YearMonth, Long>();
		jdbc.sql("""
				select date_trunc('month', decided_on)::date, count(*) from monitoring_cjg_transfer
				where municipality_code = ? group by 1""").param(code)
				.query(rs -> {
					counts.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
				});
		MONTHS.forEach(m -> family.atoms.add(new Atom(code, "*", "*", m, "cjg", counts.getOrDefault(m, 0L))));
		var rows = new LinkedHashMap<String, Predicate<Atom>>();
		rows.put("Van zwaar naar licht: verlenging overgedragen aan het CJG", a -> true);
		transformationRows(family, policyOfficer, rows);
		return family;
	}

	/** The transformation report's rows per quarter and over the year, each over its atoms. */
	private void transformationRows(Family family, CurrentUser policyOfficer, Map<String, Predicate<Atom>> rows)
			throws Exception {
		var transformation = csv(policyOfficer, "/api/v1/reports/transformation?format=csv&year=2026");
		var quarters = List.of("1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal", "Jaar");
		for (var q = 0; q < 5; q++) {
			var span = q == 4 ? MONTHS : MONTHS.subList(3 * q, Math.min(11, 3 * q + 3));
			for (var row : rows.entrySet()) {
				family.observe("transformatie " + row.getKey() + " " + quarters.get(q),
						row.getValue().and(a -> span.contains(a.month())),
						transformation.get(List.of("Wat we nu al zien", row.getKey(), quarters.get(q))));
			}
		}
	}

	private static EndReasonCategory category(Atom atom) {
		return EndReasonCategory.ofName(atom.detail());
	}

	// ---- The schools report (issue 17, OND-5, OND-7): its own twelve months up to this month

	/** The schools report's window: the twelve months up to the month of {@link #TODAY}. */
	static final List<YearMonth> SCHOOL_MONTHS = java.util.stream.IntStream.rangeClosed(0, 11)
			.mapToObj(i -> YearMonth.from(TODAY).minusMonths(11 - i)).toList();

	/**
	 * OND-5: six school locations (four "basis", two "extra") and about a hundred questions from them over fourteen
	 * months, more from the "extra" ones; observed per month, per connection type, per location and in total, by the
	 * policy officer (API and CSV) and the team lead (API).
	 */
	private Family schoolQuestions(nl.jeugdregie.identity.MunicipalityCode municipality, CurrentUser policyOfficer,
			CurrentUser teamLead) throws Exception {
		var code = municipality.value();
		var family = new Family("vragen van scholen");
		var locations = new ArrayList<SchoolLocation>();
		for (var i = 0; i < 6; i++) {
			var extra = i >= 4;
			var connection = new ConnectionDraft(extra ? ConnectionType.EXTRA : ConnectionType.BASIS,
					LocalDate.of(2025, 1, 1), extra ? "Bovengemiddeld veel hulpvragen" : null, extra);
			var outcome = schoolLocations.create(policyOfficer, new LocationDraft("Differentieschool " + i, "0" + i + "DX",
					"00", "Schoolstraat", String.valueOf(i + 1), "5341AB", "Oss",
					i == 3 ? SchoolType.SECONDARY : SchoolType.PRIMARY, 200, connection));
			assertThat(outcome).isInstanceOf(Outcome.Done.class);
			locations.add(((Outcome.Done<SchoolLocation>) outcome).value());
		}
		var random = new java.util.Random(17_2026L);
		var counts = new HashMap<List<Object>, Long>();
		var first = SCHOOL_MONTHS.getFirst().minusMonths(2).atDay(1);
		var days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, TODAY) + 1;
		for (var q = 0; q < 110; q++) {
			// The "extra" locations ask about three times as often as a "basis" one.
			var pick = random.nextInt(10);
			var location = locations.get(pick < 4 ? pick : 4 + (pick - 4) / 3);
			var on = first.plusDays(random.nextInt(days));
			jdbc.sql("""
					insert into monitoring_school_question (help_request_id, municipality_code, school_location_id, registered_on)
					values (?, ?, ?, ?)""").params(UUID.randomUUID(), code, location.id().value(), on).update();
			counts.merge(List.of(location.id().value().toString(), YearMonth.from(on)), 1L, Long::sum);
		}
		var labels = new HashMap<String, String>();
		var connections = new HashMap<String, String>();
		for (var location : locations) {
			var id = location.id().value().toString();
			var summary = schoolLocations.find(municipality, location.id()).orElseThrow();
			labels.put(id, summary.label());
			connections.put(id, summary.connection().dutchName());
			for (var month : SCHOOL_MONTHS) {
				family.atoms.add(new Atom(code, "*", "*", month, id, counts.getOrDefault(List.<Object>of(id, month), 0L)));
			}
		}
		var span = SCHOOL_MONTHS.getFirst() + " t/m " + SCHOOL_MONTHS.getLast();
		for (var reader : List.of(policyOfficer, teamLead)) {
			var json = json(reader, "/api/v1/reports/schools");
			var source = reader == policyOfficer ? "scholen API beleid " : "scholen API teamleider ";
			for (var i = 0; i < SCHOOL_MONTHS.size(); i++) {
				var month = SCHOOL_MONTHS.get(i);
				family.observe(source + month, a -> a.month().equals(month),
						number(read(json, "$.months[" + i + "].questionsFromSchools.value")));
			}
			for (var type : ConnectionType.values()) {
				family.observe(source + type, a -> connections.get(a.detail()).equals(type.dutchName()),
						number(read(json, "$.perConnection[?(@.name == '" + type.dutchName() + "')].questions.value")));
			}
			List<String> listed = JsonPath.read(json, "$.perLocation[*].name");
			// Every location has a row: which rows there are tells nothing about which schools asked.
			assertThat(listed).as("a row per location").containsAll(labels.values());
			labels.forEach((id, label) -> family.observe("scholen API locatie " + label, a -> a.detail().equals(id),
					number(JsonPath.<List<Object>>read(json, "$.perLocation[*]").stream()
							.map(row -> (Map<?, ?>) row).filter(row -> label.equals(row.get("name")))
							.map(row -> ((Map<?, ?>) row.get("questions")).get("value")).findFirst().orElse(null))));
			family.observe(source + "totaal", a -> true, number(read(json, "$.questionsTotal.value")));
		}
		var csv = schoolsCsv(policyOfficer);
		for (var month : SCHOOL_MONTHS) {
			family.observe("scholen CSV " + month, a -> a.month().equals(month),
					csv.get(List.of("per maand", "vragen van scholen", month.toString())));
		}
		for (var type : ConnectionType.values()) {
			family.observe("scholen CSV " + type, a -> connections.get(a.detail()).equals(type.dutchName()),
					csv.get(List.of("vragen per aansluiting", type.dutchName(), span)));
		}
		labels.forEach((id, label) -> family.observe("scholen CSV locatie " + label, a -> a.detail().equals(id),
				csv.get(List.of("vragen per locatie", label, span))));
		family.observe("scholen CSV totaal", a -> true, csv.get(List.of("vragen van scholen", "totaal", span)));
		return family;
	}

	/**
	 * OND-5: the waiting list at each month's end next to the questions from schools. A month-end stock is every
	 * request registered by then and not yet taken into treatment, so the finest cell is (month registered, month taken
	 * into treatment or later), clipped to the window.
	 */
	private Family schoolWaitingList(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("wachtlijst (scholenrapportage)");
		addSpans(family, code, "select registered_on, started_on from monitoring_treatment_wait where municipality_code = ?");
		var json = json(policyOfficer, "/api/v1/reports/schools");
		var csv = schoolsCsv(policyOfficer);
		for (var i = 0; i < SCHOOL_MONTHS.size(); i++) {
			var month = SCHOOL_MONTHS.get(i);
			var waiting = openAtEndOf(month);
			family.observe("scholen API wachtlijst " + month, waiting,
					number(read(json, "$.months[" + i + "].waitingListAtEnd.value")));
			family.observe("scholen CSV wachtlijst " + month, waiting,
					csv.get(List.of("per maand", "wachtlijst aan het eind", month.toString())));
		}
		return family;
	}

	/**
	 * OND-7: children out of school, forty of them over a year and a half, half of them back at school after one to six
	 * months; the stock at each month's end and the new ones per month. Finest cell: (month since, month back at school
	 * or later), clipped to the window, which makes both a sum of cells.
	 */
	private Family outOfSchool(String code, CurrentUser policyOfficer) throws Exception {
		var family = new Family("thuiszitters");
		var random = new java.util.Random(7_2026L);
		var first = LocalDate.of(2025, 6, 1);
		var days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, TODAY) + 1;
		for (var c = 0; c < 40; c++) {
			var since = first.plusDays(random.nextInt(days));
			var back = random.nextBoolean() ? since.plusDays(30 + random.nextInt(150)) : null;
			jdbc.sql("insert into monitoring_out_of_school (record_id, municipality_code, since, back_at_school_on) values (?, ?, ?, ?)")
					.params(UUID.randomUUID(), code, since, back == null || back.isAfter(TODAY) ? null : back).update();
		}
		addSpans(family, code, "select since, back_at_school_on from monitoring_out_of_school where municipality_code = ?");
		var json = json(policyOfficer, "/api/v1/reports/schools");
		var csv = schoolsCsv(policyOfficer);
		for (var i = 0; i < SCHOOL_MONTHS.size(); i++) {
			var month = SCHOOL_MONTHS.get(i);
			var out = openAtEndOf(month);
			Predicate<Atom> started = a -> a.month().equals(month);
			family.observe("scholen API thuiszitters " + month, out,
					number(read(json, "$.months[" + i + "].outOfSchoolAtEnd.value")));
			family.observe("scholen API nieuwe thuiszitters " + month, started,
					number(read(json, "$.months[" + i + "].outOfSchoolNew.value")));
			family.observe("scholen CSV thuiszitters " + month, out,
					csv.get(List.of("per maand", "thuiszitters aan het eind", month.toString())));
			family.observe("scholen CSV nieuwe thuiszitters " + month, started,
					csv.get(List.of("per maand", "nieuwe thuiszitters", month.toString())));
		}
		return family;
	}

	/**
	 * The finest cells of a stock between two dates (registered and taken into treatment, out of school and back): a
	 * count per (month of the first date, month of the second or later), clipped to the schools window, so a month-end
	 * stock and the new ones per month are both sums of cells. {@code sql} selects the two dates for one municipality.
	 */
	private void addSpans(Family family, String code, String sql) {
		var before = SCHOOL_MONTHS.getFirst().minusMonths(1);
		var later = SCHOOL_MONTHS.getLast().plusMonths(1);
		var counts = new HashMap<List<YearMonth>, Long>();
		jdbc.sql(sql).param(code).query(rs -> {
			var from = clip(YearMonth.from(rs.getObject(1, LocalDate.class)), before, later);
			var untilOn = rs.getObject(2, LocalDate.class);
			var until = untilOn == null ? later : clip(YearMonth.from(untilOn), before, later);
			counts.merge(List.of(from, until), 1L, Long::sum);
		});
		counts.forEach((key, count) -> family.atoms.add(new Atom(code, "*", "*", key.get(0), key.get(1).toString(), count)));
	}

	/** The cells of a stock still open at the end of the month: begun by then, ended after it. */
	private static Predicate<Atom> openAtEndOf(YearMonth month) {
		return a -> !a.month().isAfter(month) && YearMonth.parse(a.detail()).isAfter(month);
	}

	private static YearMonth clip(YearMonth month, YearMonth before, YearMonth later) {
		return month.isBefore(before) ? before : month.isAfter(later) ? later : month;
	}

	/** The schools report's CSV as (part, group, period) to the published number; marks and the legend left out. */
	private Map<List<String>, Long> schoolsCsv(CurrentUser user) throws Exception {
		var figures = new HashMap<List<String>, Long>();
		for (var line : json(user, "/api/v1/reports/schools?format=csv").replace("\uFEFF", "").split("\r\n")) {
			var fields = line.split(";", -1);
			if (fields.length == 6 && fields[4].matches("\\d+")) {
				figures.put(List.of(fields[1], fields[2].replaceAll("^\"|\"$", ""), fields[3]), Long.parseLong(fields[4]));
			}
		}
		return figures;
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
