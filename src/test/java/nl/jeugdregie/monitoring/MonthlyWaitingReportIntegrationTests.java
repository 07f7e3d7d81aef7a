package nl.jeugdregie.monitoring;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.platform.result.Outcome;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * TOE-9 (first half): the monthly report of how many requests exceeded the 2-week term and by how many weeks,
 * per team, on hand-computed cases, with small counts suppressed (SEC-2). "Today" is 16 November 2026.
 */
@IntegrationTest
class MonthlyWaitingReportIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired nl.jeugdregie.intake.TriageChecklist checklists;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser north;
	CurrentUser south;
	CurrentUser teamLead;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		north = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		south = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		teamLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
	}

	@Test // TOE-9, TOE-5
	void countsRequestsTakenIntoTreatmentLateAndTheirStartedWeeks() throws Exception {
		// Registered Monday 28 September: the 2-week term ends Monday 12 October.
		for (var start : new String[] { "2026-10-12", "2026-10-13", "2026-10-14", "2026-10-19", "2026-10-20",
				"2026-10-27", "2026-10-30" }) {
			request(north, "2026-09-28", start);
		}
		// Late by 1, 2, 7, 8, 15 and 18 days: 1 + 1 + 1 + 2 + 3 + 3 = 11 started weeks, the longest 3.
		awaitProjected(7);

		mvc.perform(report("2026-10"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.teams[0].name").value("CJG Team Noord"))
				.andExpect(jsonPath("$.teams[0].startedLate.count").value(Published.as(6)))
				.andExpect(jsonPath("$.teams[0].startedLate.weeks").value(Published.near(11)))
				.andExpect(jsonPath("$.teams[0].startedLate.maxWeeks").value(3))
				.andExpect(jsonPath("$.teams[1].startedLate.count").value(0))
				.andExpect(jsonPath("$.total.startedLate.count").value(Published.as(6)))
				.andExpect(jsonPath("$.total.startedLate.maxWeeks").value(3))
				.andExpect(jsonPath("$.total.startedLate.weeksMark").value(nullValue()));
	}

	@Test // TOE-9
	void countsRequestsStillWaitingAtTheEndOfTheMonthUpToThatDay() throws Exception {
		// Deadline 19 October; still waiting on 31 October: 12 days, 2 started weeks each.
		for (var i = 0; i < 5; i++) {
			request(north, "2026-10-05", i < 3 ? null : "2026-11-03");
		}
		// Started 30 October after a deadline of 19 October: late in October, not waiting at its end.
		request(north, "2026-10-05", "2026-10-30");
		awaitProjected(6);

		mvc.perform(report("2026-10"))
				.andExpect(jsonPath("$.referenceDate").value("2026-10-31"))
				.andExpect(jsonPath("$.teams[0].stillWaiting.count").value(Published.as(5)))
				.andExpect(jsonPath("$.teams[0].stillWaiting.weeks").value(anyOf(Published.near(10), nullValue())))
				// SEC-2: the single late start is published as 0, its weeks left out with mark k.
				.andExpect(jsonPath("$.teams[0].startedLate.count").value(0))
				.andExpect(jsonPath("$.teams[0].startedLate.weeks").value(nullValue()))
				.andExpect(jsonPath("$.teams[0].startedLate.weeksMark").value("k"));
	}

	@Test // SEC-2, TOE-9: a small team shows 0 with its weeks left out (k); the total is published in its own right,
			// so the total minus the other team does not give the small one.
	void publishesSmallCountsAsZeroAndTheTotalInItsOwnRight() throws Exception {
		for (var i = 0; i < 6; i++) {
			request(north, "2026-09-28", "2026-10-20");
		}
		request(south, "2026-09-28", "2026-10-20");
		request(south, "2026-09-28", "2026-10-21");
		awaitProjected(8);

		mvc.perform(report("2026-10"))
				.andExpect(jsonPath("$.teams[0].startedLate.count").value(Published.as(6)))
				.andExpect(jsonPath("$.teams[1].startedLate.count").value(0))
				.andExpect(jsonPath("$.teams[1].startedLate.weeksMark").value("k"))
				.andExpect(jsonPath("$.teams[1].startedLate.maxWeeksMark").value("k"))
				.andExpect(jsonPath("$.total.startedLate.count").value(Published.as(8)))
				.andExpect(jsonPath("$.legend[0]").value(containsString("0 tot en met 5")));
	}

	@Test // TOE-9, TOE-8
	void countsRoutesToCareThatExceedTheLeadTimeAfterTheApplication() throws Exception {
		// Applications on 1 September: the 8-week lead time ends 27 October.
		for (var i = 0; i < 6; i++) {
			var id = requestWithApplication(north, "2026-09-01");
			lifecycle.perform(id, new Step.Close(ClosureReason.SPECIALISED_CARE_STARTED,
					LocalDate.of(2026, 10, i < 5 ? 28 : 20)), north);
		}
		// Still running on 31 October, 4 days past the deadline: 1 started week each.
		for (var i = 0; i < 5; i++) {
			requestWithApplication(north, "2026-09-01");
		}
		awaitRoutes(11);

		mvc.perform(report("2026-10"))
				.andExpect(jsonPath("$.teams[0].routeEndedLate.count").value(Published.as(5)))
				.andExpect(jsonPath("$.teams[0].routeEndedLate.weeks").value(anyOf(Published.near(5), nullValue())))
				.andExpect(jsonPath("$.teams[0].routeStillRunning.count").value(Published.as(5)))
				.andExpect(jsonPath("$.teams[0].routeStillRunning.maxWeeks").value(anyOf(equalTo(1), nullValue())))
				.andExpect(jsonPath("$.total.routeEndedLate.count").value(Published.as(5)));
	}

	@Test // TOE-9, MON-1, SEC-2
	void deliversTheReportAsCsvWithTheSameSuppression() throws Exception {
		for (var i = 0; i < 6; i++) {
			request(north, "2026-09-28", "2026-10-20");
		}
		request(south, "2026-09-28", "2026-10-20");
		awaitProjected(7);
		var session = TestFixtures.login(mvc, teamLead);

		var csv = mvc.perform(get("/rapportages/maand.csv").param("maand", "2026-10").session(session))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("maandrapportage-2026-10.csv")))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		var municipality = "Testgemeente " + world.municipality().value();
		org.assertj.core.api.Assertions.assertThat(csv).as("issue 13 item 9: byte order mark").startsWith("\uFEFF");
		var lines = csv.substring(1).split("\r\n");
		var prefix = municipality + ";2026-10;2026-10-31;";
		org.assertj.core.api.Assertions.assertThat(lines).contains(
				"gemeente;maand;peildatum;team;termijn;groep;aantal;weken_samen;weken_samen_markering;langste_weken;"
						+ "langste_weken_markering",
				// SEC-2: south's single late start is 0, its weeks left out with mark k in their own column.
				prefix + "CJG Team Zuid;wachttijd tot eerste gesprek;te laat in behandeling in maand;0;;k;;k",
				prefix + "Totaal;doorlooptijd toeleiding naar zorg;nog lopend op peildatum;0;;k;;k");
		// North: six late by 8 days (2 started weeks each): 12 weeks, the longest 2; the total 7 with 14 weeks.
		var north = fields(lines, prefix + "CJG Team Noord;wachttijd tot eerste gesprek;te laat in behandeling in maand;");
		org.assertj.core.api.Assertions.assertThat(Published.allows(6, Long.parseLong(north[0]))).isTrue();
		org.assertj.core.api.Assertions.assertThat(Long.parseLong(north[1])).isBetween(10L, 14L);
		org.assertj.core.api.Assertions.assertThat(north[3]).isEqualTo("2");
		var total = fields(lines, prefix + "Totaal;wachttijd tot eerste gesprek;te laat in behandeling in maand;");
		org.assertj.core.api.Assertions.assertThat(Published.allows(7, Long.parseLong(total[0]))).isTrue();
		org.assertj.core.api.Assertions.assertThat(Long.parseLong(total[1])).isBetween(12L, 16L);
		org.assertj.core.api.Assertions.assertThat(total[3]).isEqualTo("2");
		org.assertj.core.api.Assertions.assertThat(csv).contains("# k: niet getoond");
		mvc.perform(get("/api/v1/reports/monthly-waiting-term").param("month", "2026-10").param("format", "csv")
						.with(TestFixtures.api(teamLead)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"));
	}

	@Test // TOE-9, MON-1, SEC-2
	void deliversTheReportAsPdfWithTheSameFiguresAndSuppression() throws Exception {
		for (var i = 0; i < 6; i++) {
			request(north, "2026-09-28", "2026-10-20");
		}
		request(south, "2026-09-28", "2026-10-20");
		awaitProjected(7);

		var pdf = mvc.perform(get("/rapportages/maand.pdf").param("maand", "2026-10").session(TestFixtures.login(mvc, teamLead)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();

		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			org.assertj.core.api.Assertions.assertThat(text)
					.contains("Maandrapportage wachttermijn en doorlooptijd, gemeente Testgemeente " + world.municipality().value()
							+ ", oktober 2026")
					.contains("Termijn tot het eerste gesprek (wachttijd)", "Doorlooptijd toeleiding naar zorg")
					.contains("CJG Team Zuid 0 k k")
					.containsPattern("Totaal \\d+ \\d+ 2")
					.contains("Legenda", "een 0 betekent dus 0 tot en met 5")
					// Issue 13 item 9: the foot of every page: municipality, title, period, creation date, page number.
					.contains("Gemeente Testgemeente " + world.municipality().value()
							+ " · Maandrapportage wachttermijn en doorlooptijd · oktober 2026")
					.containsPattern("gemaakt op \\d{1,2}-\\d{1,2}-\\d{4} · Pagina 1 van \\d+");
		}
	}

	@Test
	void answersAnEmptyReportForAMonthWithoutDataAndRefusesFutureOrMalformedMonths() throws Exception {
		mvc.perform(report("2025-01"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total.startedLate.count").value(0))
				.andExpect(jsonPath("$.total.stillWaiting.count").value(0));
		mvc.perform(report("2026-12"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(report("oktober"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Ongeldige maand"));
	}

	@Test // TOE-9, SEC-2
	void showsTheReportPageWithTeamsAndMarkedCells() throws Exception {
		request(south, "2026-09-28", "2026-10-20");
		awaitProjected(1);
		var session = TestFixtures.login(mvc, teamLead);

		mvc.perform(get("/rapportages/maand").param("maand", "2026-10").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("oktober 2026")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("CJG Team Zuid")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Legenda bij de cijfers")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("k: niet getoond")));
		mvc.perform(get("/rapportages/maand").param("maand", "2027-01").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Deze maand is nog niet begonnen")));
	}

	/** The fields after a CSV line's prefix. */
	private static String[] fields(String[] lines, String prefix) {
		return java.util.Arrays.stream(lines).filter(l -> l.startsWith(prefix)).findFirst().orElseThrow()
				.substring(prefix.length()).split(";", -1);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder report(String month) {
		return get("/api/v1/reports/monthly-waiting-term").param("month", month)
				.with(TestFixtures.api(teamLead));
	}

	private void request(CurrentUser professional, String registeredOn, @Nullable String firstConversation) {
		var result = registration.register(new RegisterHelpRequest("Lotte", "Bakker", LocalDate.of(2014, 6, 1), null,
				null, null, Channel.PHONE, Referrer.SCHOOL, "Vraag over gedrag."), professional,
				Instant.parse(registeredOn + "T08:00:00Z"));
		var id = ((RegistrationResult.Registered) result).id();
		if (firstConversation != null) {
			registration.recordFirstConversation(id, LocalDate.parse(firstConversation), professional);
		}
	}

	private HelpRequestId requestWithApplication(CurrentUser professional, String appliedOn) {
		var registeredOn = LocalDate.parse(appliedOn).minusWeeks(3);
		var id = ((RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Eva", "Mulder",
				LocalDate.of(2011, 3, 3), null, null, null, Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Vraag."),
				professional, registeredOn.atStartOfDay(java.time.ZoneOffset.UTC).plusHours(9).toInstant())).id();
		lifecycle.perform(id, new Step.HoldConversation(registeredOn.plusDays(3)), professional);
		checklists.recordConcerns(id, java.util.Map.of(), professional);
		lifecycle.perform(id, new Step.DecideTriage(TriageOutcome.SPECIALISED_CARE, Urgency.NORMAL, "Specialistische hulp nodig",
				null, registeredOn.plusDays(3)), professional);
		var applied = lifecycle.perform(id, new Step.RecordApplication(LocalDate.parse(appliedOn)), professional);
		org.assertj.core.api.Assertions.assertThat(applied).isInstanceOf(Outcome.Done.class);
		return id;
	}

	private void awaitRoutes(int routes) {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select (select count(*) from event_publication where completion_date is null)"
						+ " + (select count(*) from monitoring_registration_inbox)").query(Long.class).single() == 0
				&& jdbc.sql("select count(*) from monitoring_route_to_care where municipality_code = ?")
						.param(world.municipality().value()).query(Long.class).single() == routes);
	}

	/** Monitoring reads its own table, fed asynchronously after each commit: wait until every event is handled. */
	private void awaitProjected(int requests) {
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
				"select (select count(*) from event_publication where completion_date is null)"
						+ " + (select count(*) from monitoring_registration_inbox)").query(Long.class).single() == 0
				&& jdbc.sql("select count(*) from monitoring_treatment_wait where municipality_code = ?")
						.param(world.municipality().value()).query(Long.class).single() == requests);
	}
}
