package nl.jeugdregie.monitoring;

import static nl.jeugdregie.intake.ClosureReason.SOLVED_BY_CJG;
import static nl.jeugdregie.intake.ClosureReason.WITHDRAWN;
import static nl.jeugdregie.intake.UsefulnessScored.Respondent.PARENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.monitoring.internal.kpi.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MON-4: KPIs per action line with a yearly status, judged on hand-computed figures from published events, through
 * the API the policy officer keeps them with. Each test has its own municipality; "today" is 16 November 2026, so
 * 2026 is the running year and 2025 has ended.
 */
@IntegrationTest
class KpiIntegrationTests {

	private static final String KPIS = "/api/v1/reports/kpis";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	OutcomeEvents events;
	CurrentUser policyOfficer;
	CurrentUser teamLead;

	@BeforeEach
	void setUp() {
		var world = fixtures.newWorld();
		events = new OutcomeEvents(publisher, transactions, jdbc, world);
		policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		teamLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
	}

	@Test
	@DisplayName("MON-4: each KPI of the running year is judged provisionally on figures computed from the case data")
	void judgesTheRunningYearsKpisProvisionallyFromTheCaseData() throws Exception {
		var line = actionLine("5.3", "Grip op de toegang");
		kpi(line, 2026, "Snel in gesprek", "WITHIN_TREATMENT_TERM", "AT_LEAST", "80");
		kpi(line, 2026, "Korte wachttijd", "MEDIAN_WAITING_DAYS", "AT_MOST", "10");
		kpi(line, 2026, "Weinig uitval", "DROP_OUT", "AT_MOST", "20");
		kpi(line, 2026, "Tevreden", "SATISFIED", "AT_LEAST", "70");
		kpi(line, 2026, "Crisis", "CRISIS_SHARE", "AT_MOST", "5");
		// 25 requests registered on 2 March (term ends 16 March): 20 start after 7 days, 5 after 21 days.
		for (var i = 0; i < 25; i++) {
			var id = events.registered("2026-03-02", 9, null);
			events.started(id, "2026-03-02", i < 20 ? "2026-03-09" : "2026-03-23");
		}
		// Drop-out: 5 withdrawn of 20 ends with a known reason = 25%. Satisfaction: only 3 scores.
		for (var i = 0; i < 15; i++) {
			events.closed("2026-04-10", SOLVED_BY_CJG);
		}
		for (var i = 0; i < 5; i++) {
			events.closed("2026-05-10", WITHDRAWN);
		}
		for (var score : new int[] { 8, 9, 4 }) {
			events.scored("2026-06-01", PARENT, score);
		}
		events.awaitHandled();

		mvc.perform(get(KPIS).param("year", "2026").with(as(teamLead)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.running").value(true))
				.andExpect(jsonPath("$.lines[0].actionLine.code").value("5.3"))
				// 20 of 25 = 80%: at least 80 is met, provisionally.
				.andExpect(row("Snel in gesprek", "result").value(publishedPercentage(20, 25)))
				.andExpect(row("Snel in gesprek", "basis").value(publishedBasis(20, 25)))
				.andExpect(row("Snel in gesprek", "status").value("MET"))
				.andExpect(row("Snel in gesprek", "statusLabel").value("Op koers (voorlopig)"))
				// Waits of 7 days (20 times) and 21 days (5 times): the median (13th of 25) is 7 days.
				.andExpect(row("Korte wachttijd", "result").value("7 dagen"))
				.andExpect(row("Korte wachttijd", "basis").value(org.hamcrest.Matchers.hasItem(
						org.hamcrest.Matchers.matchesPattern("(23|24|25|26|27) hulpvragen"))))
				.andExpect(row("Korte wachttijd", "status").value("MET"))
				.andExpect(row("Weinig uitval", "result").value(publishedPercentage(5, 20)))
				.andExpect(row("Weinig uitval", "basis").value(publishedBasis(5, 20)))
				.andExpect(row("Weinig uitval", "statusLabel").value("Niet op koers (voorlopig)"))
				.andExpect(row("Tevreden", "status").value("TOO_FEW"))
				.andExpect(row("Tevreden", "result").value("k"))
				.andExpect(row("Tevreden", "basis").value("0 van 0"))
				// No crisis among 25 registrations: 0%, within at most 5%.
				.andExpect(row("Crisis", "result").value("0%"))
				.andExpect(row("Crisis", "status").value("MET"));
	}

	@Test
	@DisplayName("MON-4: an ended year is judged finally; a year without facts says there are no data yet")
	void judgesAnEndedYearFinally() throws Exception {
		var line = actionLine("5.1", "Preventie");
		kpi(line, 2025, "Snel in gesprek", "WITHIN_TREATMENT_TERM", "AT_LEAST", "90");
		kpi(line, 2024, "Snel in gesprek", "WITHIN_TREATMENT_TERM", "AT_LEAST", "90");
		kpi(line, 2027, "Snel in gesprek", "WITHIN_TREATMENT_TERM", "AT_LEAST", "95");
		for (var i = 0; i < 6; i++) {
			var id = events.registered("2025-05-04", 12, null);
			events.started(id, "2025-05-04", "2025-05-11");
		}
		events.awaitHandled();

		mvc.perform(get(KPIS).param("year", "2025").with(as(policyOfficer)))
				.andExpect(jsonPath("$.running").value(false))
				.andExpect(row("Snel in gesprek", "result").value(publishedPercentage(6, 6)))
				.andExpect(row("Snel in gesprek", "statusLabel").value("Behaald"));
		mvc.perform(get(KPIS).param("year", "2024").with(as(policyOfficer)))
				.andExpect(row("Snel in gesprek", "statusLabel").value("Geen of te weinig gegevens"));
		mvc.perform(get(KPIS).param("year", "2027").with(as(policyOfficer)))
				.andExpect(jsonPath("$.begun").value(false))
				.andExpect(row("Snel in gesprek", "statusLabel").value("Jaar nog niet begonnen"));
	}

	@Test
	@DisplayName("MON-4: a hand-entered KPI is judged on the value the policy officer entered, with its source")
	void judgesAHandEnteredKpiOnTheEnteredValue() throws Exception {
		var line = actionLine("5.5", "Inkoop en aanbesteding");
		var kpi = kpi(line, 2026, "Aanbieders leveren KPI's aan", "MANUAL_PERCENTAGE", "AT_LEAST", "90");
		var computed = kpi(line, 2026, "Snel in gesprek", "WITHIN_TREATMENT_TERM", "AT_LEAST", "90");
		var nextYear = kpi(line, 2027, "Aanbieders leveren KPI's aan", "MANUAL_PERCENTAGE", "AT_LEAST", "90");

		mvc.perform(get(KPIS).param("year", "2026").with(as(policyOfficer)))
				.andExpect(row("Aanbieders leveren KPI's aan", "statusLabel").value("Nog niet ingevuld"));
		mvc.perform(realise(kpi, "{\"value\": 93.8, \"source\": \" \", \"version\": 1}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("source"));
		mvc.perform(realise(kpi, "{\"value\": 93.8, \"source\": \"Jaaroverzicht contractbeheer\", \"version\": 1}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(2));
		mvc.perform(realise(kpi, "{\"value\": 50, \"source\": \"Oude versie\", \"version\": 1}"))
				.andExpect(status().isConflict());
		mvc.perform(realise(computed, "{\"value\": 50, \"source\": \"Eigen telling\", \"version\": 1}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("Deze KPI wordt berekend uit de registratie. U vult de uitkomst niet zelf in."));
		mvc.perform(realise(nextYear, "{\"value\": 50, \"source\": \"Prognose\", \"version\": 1}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("Het jaar 2027 is nog niet begonnen. U kunt de uitkomst invullen vanaf 1 januari 2027."));

		mvc.perform(get(KPIS).param("year", "2026").with(as(teamLead)))
				.andExpect(row("Aanbieders leveren KPI's aan", "result").value("93,8%"))
				.andExpect(row("Aanbieders leveren KPI's aan", "basis").value("Bron: Jaaroverzicht contractbeheer"))
				.andExpect(row("Aanbieders leveren KPI's aan", "statusLabel").value("Op koers (voorlopig)"))
				.andExpect(row("Aanbieders leveren KPI's aan", "enteredBy").value(policyOfficer.displayName()));
	}

	@Test
	@DisplayName("MON-4: bad input is refused as problem+json with Dutch messages, and nothing is half-saved")
	void refusesBadInputAndSavesNothing() throws Exception {
		mvc.perform(post(KPIS + "/action-lines").with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\": \"5.3\", \"name\": \" \"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value("Vul de naam van de actielijn in."));
		var line = actionLine("5.3", "Grip op de toegang");
		mvc.perform(post(KPIS + "/action-lines").with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\": \"5.3\", \"name\": \"Nog een keer\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Er is al een actielijn met code 5.3."));
		mvc.perform(post(KPIS + "/action-lines/" + line + "/kpis").with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2030, \"name\": \"Uitval\", \"indicator\": \"DROP_OUT\", \"direction\": \"AT_MOST\", \"target\": 120}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("target"))
				.andExpect(jsonPath("$.errors[0].message").value("Een percentage is ten hoogste 100."))
				.andExpect(jsonPath("$.errors[1].field").value("year"))
				.andExpect(jsonPath("$.errors[1].message").value("Kies een jaar van 2015 tot en met 2027."));
		mvc.perform(get(KPIS).param("year", "twintig").with(as(policyOfficer)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Ongeldig jaar"));
		mvc.perform(get(KPIS).param("year", "2026").param("format", "xlsx").with(as(policyOfficer)))
				.andExpect(status().isBadRequest());

		var kpi = kpi(line, 2026, "Uitval", "DROP_OUT", "AT_MOST", "20");
		mvc.perform(post(KPIS + "/action-lines/" + line + "/kpis").with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": 2026, \"name\": \"uitval\", \"indicator\": \"SATISFIED\", \"direction\": \"AT_LEAST\", \"target\": 80}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("Deze actielijn heeft in 2026 al een KPI met deze naam."));
		mvc.perform(put(KPIS + "/" + kpi).with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\": \"Uitval\", \"direction\": \"AT_MOST\", \"target\": 15, \"version\": 7}"))
				.andExpect(status().isConflict());
		mvc.perform(put(KPIS + "/" + kpi).with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\": \"Minder uitval\", \"direction\": \"AT_MOST\", \"target\": 15, \"version\": 1}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.target").value(15.0))
				.andExpect(jsonPath("$.indicator").value("DROP_OUT"));
		mvc.perform(delete(KPIS + "/action-lines/" + line).param("version", "1").with(as(policyOfficer)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value("Deze actielijn heeft KPI's. Verwijder eerst de KPI's, in elk jaar."));

		mvc.perform(get(KPIS).param("year", "2026").with(as(policyOfficer)))
				.andExpect(jsonPath("$.lines.length()").value(1))
				.andExpect(jsonPath("$.lines[0].kpis.length()").value(1))
				.andExpect(jsonPath("$.lines[0].kpis[0].norm").value("ten hoogste 15%"));

		mvc.perform(delete(KPIS + "/" + kpi).param("version", "2").with(as(policyOfficer))).andExpect(status().isNoContent());
		mvc.perform(delete(KPIS + "/action-lines/" + line).param("version", "1").with(as(policyOfficer)))
				.andExpect(status().isNoContent());
		mvc.perform(get(KPIS).param("year", "2026").with(as(policyOfficer)))
				.andExpect(jsonPath("$.lines.length()").value(0));
	}

	@Test
	@DisplayName("SEC-2, MON-4: an action line or KPI of another municipality is not found")
	void findsNothingOfAnotherMunicipality() throws Exception {
		var line = actionLine("5.3", "Grip op de toegang");
		var kpi = kpi(line, 2026, "Uitval", "DROP_OUT", "AT_MOST", "20");
		var other = fixtures.user(Role.POLICY_OFFICER, fixtures.newWorld().municipality(), null);

		mvc.perform(put(KPIS + "/" + kpi).with(as(other)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Overgenomen\", \"direction\": \"AT_MOST\", \"target\": 1, \"version\": 1}"))
				.andExpect(status().isNotFound());
		mvc.perform(post(KPIS + "/action-lines/" + line + "/kpis").with(as(other)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2026, \"name\": \"X\", \"indicator\": \"DROP_OUT\", \"direction\": \"AT_MOST\", \"target\": 1}"))
				.andExpect(status().isNotFound());
		mvc.perform(delete(KPIS + "/" + kpi).param("version", "1").with(as(other))).andExpect(status().isNotFound());
		mvc.perform(delete(KPIS + "/not-an-id").param("version", "1").with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get(KPIS).param("year", "2026").with(as(other))).andExpect(jsonPath("$.lines.length()").value(0));
	}

	@Test
	@DisplayName("MON-4: last year's KPIs are copied into the new year with their targets, not their results")
	void copiesLastYearsKpisWithoutTheirResults() throws Exception {
		var line = actionLine("5.5", "Inkoop en aanbesteding");
		var manual = kpi(line, 2025, "Aanbieders leveren KPI's aan", "MANUAL_PERCENTAGE", "AT_LEAST", "90");
		kpi(line, 2025, "Uitval", "DROP_OUT", "AT_MOST", "20");
		kpi(line, 2026, "uitval", "DROP_OUT", "AT_MOST", "18");
		mvc.perform(realise(manual, "{\"value\": 93.8, \"source\": \"Jaaroverzicht\", \"version\": 1}")).andExpect(status().isOk());

		mvc.perform(post(KPIS + "/copy-previous-year").param("year", "2026").with(as(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.copied").value(1));
		mvc.perform(get(KPIS).param("year", "2026").with(as(policyOfficer)))
				.andExpect(jsonPath("$.lines[0].kpis.length()").value(2))
				.andExpect(row("Aanbieders leveren KPI's aan", "statusLabel").value("Nog niet ingevuld"))
				.andExpect(row("uitval", "norm").value("ten hoogste 18%"));
		mvc.perform(post(KPIS + "/copy-previous-year").param("year", "2026").with(as(policyOfficer)))
				.andExpect(status().isConflict());
	}

	@Test
	@DisplayName("MON-4, SEC-2: the CSV export shows the same published figures and statuses as the page, with the legend")
	void exportsTheSamePublishedFiguresAsCsv() throws Exception {
		var line = actionLine("5.7", "Positie van jeugdigen en ouders");
		kpi(line, 2026, "Weinig uitval", "DROP_OUT", "AT_MOST", "20");
		for (var i = 0; i < 18; i++) {
			events.closed("2026-04-10", SOLVED_BY_CJG);
		}
		for (var i = 0; i < 2; i++) {
			events.closed("2026-05-10", WITHDRAWN);
		}
		events.awaitHandled();

		var csv = mvc.perform(get("/rapportages/kpi.csv").param("jaar", "2026")
						.session(TestFixtures.login(mvc, teamLead)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		// 2 of 20: the judgement (at most 20%, on the true counts) stands; the 2 is published as 0, so 0%.
		assertThat(csv).contains("2026;2026-01-01;2026-12-31;Actielijn 5.7 Positie van jeugdigen en ouders;Weinig uitval;Uitkomst;0%;")
				.containsPattern(";Weinig uitval;Gebaseerd op;0 van (18|19|20|21|22);")
				.contains(";Weinig uitval;Status;Op koers (voorlopig);")
				.contains(";Legenda;1;uitleg;")
				.doesNotContain("10%");
	}

	/** SEC-2: a KPI result from published counts of the true part and whole, as the page writes it ("80%", "83,3%"). */
	private static org.hamcrest.Matcher<Iterable<? super String>> publishedPercentage(long part, long whole) {
		var allowed = new java.util.ArrayList<String>();
		for (var w = whole - 2; w <= whole + 2; w++) {
			for (var p = Math.max(0, part - 2); p <= part + 2; p++) {
				if (w >= 5 && Published.allows(whole, w) && Published.allows(part, p)) {
					allowed.add(Unit.PERCENT.format(java.math.BigDecimal.valueOf(100 * p)
							.divide(java.math.BigDecimal.valueOf(w), 4, java.math.RoundingMode.HALF_UP)
							.min(java.math.BigDecimal.valueOf(100))));
				}
			}
		}
		if (Published.allows(part, 0)) {
			allowed.add("0%");
		}
		return org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.in(allowed));
	}

	/** SEC-2: "numerator van denominator" in published counts. */
	private static org.hamcrest.Matcher<Iterable<? super String>> publishedBasis(long part, long whole) {
		return org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.<String>both(
				org.hamcrest.Matchers.matchesPattern("\\d+ van \\d+")).and(new org.hamcrest.TypeSafeMatcher<String>() {

					@Override
					protected boolean matchesSafely(String basis) {
						var numbers = basis.split(" van ");
						return Published.allows(part, Long.parseLong(numbers[0]))
								&& Published.allows(whole, Long.parseLong(numbers[1]));
					}

					@Override
					public void describeTo(org.hamcrest.Description description) {
						description.appendText("published counts of " + part + " van " + whole);
					}
				}));
	}

	private String actionLine(String code, String name) throws Exception {
		var body = mvc.perform(post(KPIS + "/action-lines").with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"goal\": \"Het doel.\"}"))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String kpi(String line, int year, String name, String indicator, String direction, String target)
			throws Exception {
		var body = mvc.perform(post(KPIS + "/action-lines/" + line + "/kpis").with(as(policyOfficer))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\": " + year + ", \"name\": \"" + name + "\", \"indicator\": \"" + indicator
								+ "\", \"direction\": \"" + direction + "\", \"target\": " + target + "}"))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private MockHttpServletRequestBuilder realise(String kpi, String json) {
		return put(KPIS + "/" + kpi + "/realisation").with(as(policyOfficer)).contentType(MediaType.APPLICATION_JSON)
				.content(json);
	}

	private static org.springframework.test.web.servlet.result.JsonPathResultMatchers row(String name, String field) {
		return jsonPath("$.lines[*].kpis[?(@.kpi.name == '" + name.replace("'", "\\'") + "')]." + field);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
		return TestFixtures.api(user);
	}
}
