package nl.jeugdregie.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Adulthood;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.ProductCode;
import nl.jeugdregie.allocation.SupportTransferredToCjg;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.messaging.CareEnded;
import nl.jeugdregie.messaging.CareStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MON-2, MON-5, MON-6, SEC-2: the quarterly, half-yearly and transformation reports on screen, as CSV and PDF,
 * on hand-computed cases. "Today" is 16 November 2026.
 */
@IntegrationTest
class PeriodicReportIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	OutcomeEvents events;
	CurrentUser teamLead;
	CurrentUser policyOfficer;
	String prefix;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		events = new OutcomeEvents(publisher, transactions, jdbc, world);
		teamLead = fixtures.user(Role.TEAM_LEAD, world.municipality(), world.team());
		policyOfficer = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		prefix = "Testgemeente " + world.municipality().value() + ";2026-Q3;2026-07-01;2026-09-30;";
	}

	/**
	 * Q3 2026: 7 registrations in team Noord (5 started after 7 days, 2 after 21 days, past the 2-week term) and
	 * 2 in team Zuid, never started; 5 registered in June, never started; Noord's 5 quick ones closed on
	 * 1 September, 57 days after registration.
	 */
	private void thirdQuarter() {
		var quick = new java.util.ArrayList<HelpRequestId>();
		for (var i = 0; i < 7; i++) {
			var id = events.registered("2026-07-06", i < 2 ? 18 : 12, null);
			events.started(id, "2026-07-06", i < 5 ? "2026-07-13" : "2026-07-27");
			if (i < 5) {
				quick.add(id);
			}
		}
		for (var i = 0; i < 2; i++) {
			events.registered("2026-08-03", 14, null, world.otherTeam().id());
		}
		for (var i = 0; i < 5; i++) {
			events.registered("2026-06-01", 10, null);
		}
		quick.forEach(id -> events.closed(id, "2026-09-01", ClosureReason.SOLVED_BY_CJG));
		events.awaitHandled();
	}

	@Test
	@DisplayName("MON-2, SEC-2: the quarterly CSV holds registrations, waiting list, waiting and lead times and outcomes as published, numbers and marks apart")
	void deliversTheQuarterlyReportAsCsv() throws Exception {
		thirdQuarter();

		var csv = csv("/rapportages/kwartaal.csv", "kwartaal", "2026-Q3");

		// Issue 13 item 9: UTF-8 with a byte order mark, so Excel shows "ë"; then the header with ";".
		assertThat(csv).startsWith("\uFEFF");
		assertThat(csv.substring(1).split("\r\n")[0]).isEqualTo("gemeente;periode;van;tot;onderdeel;regel;kolom;waarde;markering");
		var figures = figures(csv);
		// SEC-2: 7 and 2: the 2 is published as 0, the 7 and the total 9 near their true counts, each in its own right.
		assertPublished(figures, "Aanmeldingen;CJG Team Noord;Aantal", 7);
		assertThat(figures.get("Aanmeldingen;CJG Team Zuid;Aantal")).containsExactly("0", "");
		assertPublished(figures, "Aanmeldingen;Totaal;Aantal", 9);
		assertThat(figures.get("Aanmeldingen;Waarvan 18 jaar of ouder;Aantal")).containsExactly("0", "");
		// On 30 September: Zuid's 2 and June's 5 wait past their term.
		assertPublished(figures, "Wachtlijst en wachttijd;Wachtlijst op de peildatum;Waarde", 7);
		assertPublished(figures, "Wachtlijst en wachttijd;In behandeling genomen in deze periode;Waarde", 7);
		assertThat(figures.get("Wachtlijst en wachttijd;Waarvan na de termijn;Waarde")).containsExactly("0", "");
		// Seven starts: the median and percentile are shown, as numbers in the number column.
		assertThat(figures.get("Wachtlijst en wachttijd;Wachttijd, mediaan;Waarde")).containsExactly("7", "");
		assertThat(figures.get("Wachtlijst en wachttijd;Wachttijd, 90e percentiel;Waarde")).containsExactly("21", "");
		assertPublished(figures, "Doorlooptijden;Afgesloten hulpvragen in deze periode;Waarde", 5);
		// Five closures: the median is shown, or left out with mark k when the five are published as 0.
		assertThat(figures.get("Doorlooptijden;Doorlooptijd hulpvraag, mediaan;Waarde")).isIn(
				new String[] { "57", "" }, new String[] { "", "k" });
		assertPublished(figures, "Uitkomstindicatoren (CBS);Uitval (eenzijdig beëindigd);Van", 5);
		assertThat(figures.get("Uitkomstindicatoren (CBS);Uitval (eenzijdig beëindigd);Percentage")).isIn(
				new String[] { "0", "" }, new String[] { "", "k" });
		assertThat(csv).contains(prefix + "Legenda;2;uitleg;k: niet getoond");
	}

	/** The quarterly CSV as "part;row;column" to its number and mark columns. */
	private java.util.Map<String, String[]> figures(String csv) {
		var figures = new java.util.HashMap<String, String[]>();
		for (var line : csv.split("\r\n")) {
			if (line.startsWith(prefix)) {
				var fields = line.substring(prefix.length()).split(";", -1);
				figures.put(fields[0] + ";" + fields[1] + ";" + fields[2], new String[] { fields[3], fields[4] });
			}
		}
		return figures;
	}

	private static void assertPublished(java.util.Map<String, String[]> figures, String key, long trueCount) {
		assertThat(figures.get(key)[1]).as(key).isEmpty();
		assertThat(Published.allows(trueCount, Long.parseLong(figures.get(key)[0]))).as(key + " " + figures.get(key)[0])
				.isTrue();
	}

	@Test
	@DisplayName("MON-2, SEC-2: the quarterly PDF shows the same published figures and the legend")
	void deliversTheQuarterlyReportAsPdf() throws Exception {
		thirdQuarter();

		var pdf = mvc.perform(get("/rapportages/kwartaal.pdf").param("kwartaal", "2026-Q3").session(login(teamLead)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andExpect(header().string("Content-Disposition", containsString("kwartaalrapportage-2026-Q3.pdf")))
				.andReturn().getResponse().getContentAsByteArray();

		assertThat(text(pdf))
				.contains("Kwartaalrapportage, gemeente Testgemeente " + world.municipality().value() + ", 3e kwartaal 2026")
				.contains("CJG Team Zuid 0", "Wachttijd, mediaan 7 dagen")
				.containsPattern("Totaal \\d+")
				.containsPattern("Wachtlijst op de peildatum \\d+")
				.containsPattern("Doorlooptijd hulpvraag, mediaan (57 dagen|k)")
				.contains("Legenda", "een 0 betekent dus 0 tot en met 5");
	}

	@Test
	@DisplayName("MON-2: an ended quarter's report stays the same when later facts arrive (reproducible)")
	void reproducesAnEndedQuarterWhateverHappensLater() throws Exception {
		thirdQuarter();
		var before = csv("/rapportages/kwartaal.csv", "kwartaal", "2026-Q3");

		var later = events.registered("2026-10-05", 12, null);
		events.started(later, "2026-10-05", "2026-10-06");
		events.closed(later, "2026-10-20", ClosureReason.WITHDRAWN);
		events.scored(later, "2026-10-21", UsefulnessScored.Respondent.PARENT, 3);
		events.awaitHandled();

		assertThat(csv("/rapportages/kwartaal.csv", "kwartaal", "2026-Q3")).isEqualTo(before);
		assertThat(csv("/api/v1/reports/quarterly", "quarter", "2026-Q3", "format", "csv")).isEqualTo(before);
	}

	@Test
	@DisplayName("MON-2: a quarter without data gives an explicit empty report; a future quarter is refused in Dutch")
	void answersAnEmptyQuarterAndRefusesAFutureOne() throws Exception {
		var session = login(policyOfficer);
		mvc.perform(get("/rapportages/kwartaal").param("kwartaal", "2025-Q1").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Over deze periode zijn nog geen gegevens")))
				.andExpect(content().string(containsString("1e kwartaal 2025")));
		mvc.perform(get("/rapportages/kwartaal").param("kwartaal", "2027-Q1").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Deze periode is nog niet begonnen")))
				.andExpect(content().string(not(containsString("Download als PDF"))));
		mvc.perform(get("/rapportages/uitkomsten").param("van", "2026-06").param("tot", "2026-01").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("De eerste maand ligt na de laatste maand")));
		mvc.perform(get("/rapportages/kwartaal.csv").param("kwartaal", "2027-Q1").session(session))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/reports/quarterly").param("quarter", "Q3")
						.with(TestFixtures.api(policyOfficer)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Ongeldige periode"));
		mvc.perform(get("/api/v1/reports/quarterly").param("quarter", "2025-Q1")
						.with(TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.empty").value(true));
	}

	@Test
	@DisplayName("MON-2: the half-yearly report holds the figures and the explanation, stored per half year with who and when")
	void storesTheHalfYearlyExplanationWithWhoAndWhen() throws Exception {
		var session = login(teamLead);
		mvc.perform(get("/rapportages/halfjaar").param("halfjaar", "2026-H1").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nog niet ingevuld.")))
				.andExpect(content().string(containsString("Toelichting opslaan")));

		mvc.perform(post("/rapportages/halfjaar").session(session).with(csrf()).param("halfjaar", "2026-H1")
						.param("ontwikkelingen", "").param("knelpunten", " ").param("aanbevelingen", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Schrijf ten minste de ontwikkelingen")));

		mvc.perform(post("/rapportages/halfjaar").session(session).with(csrf()).param("halfjaar", "2026-H1")
						.param("ontwikkelingen", "Meer aanmeldingen via school.")
						.param("knelpunten", "Wachtlijst in team Zuid.").param("aanbevelingen", "Extra inzet in Zuid."))
				.andExpect(redirectedUrl("/rapportages/halfjaar?halfjaar=2026-H1"));

		mvc.perform(get("/rapportages/halfjaar").param("halfjaar", "2026-H1").session(session))
				.andExpect(content().string(containsString("Wachtlijst in team Zuid.")))
				.andExpect(content().string(containsString("Geschreven door " + teamLead.displayName() + " op 16-11-2026")));

		// A second writer who still saw no explanation cannot overwrite the first.
		mvc.perform(post("/rapportages/halfjaar").session(login(policyOfficer)).with(csrf()).param("halfjaar", "2026-H1")
						.param("ontwikkelingen", "Andere tekst."))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Iemand anders heeft de toelichting net gewijzigd")));
		mvc.perform(post("/rapportages/halfjaar").session(login(policyOfficer)).with(csrf()).param("halfjaar", "2026-H1")
						.param("versie", "1").param("ontwikkelingen", "Aangevuld door beleid.")
						.param("knelpunten", "Wachtlijst in team Zuid.").param("aanbevelingen", "Extra inzet in Zuid."))
				.andExpect(status().is3xxRedirection());

		var csv = csv("/rapportages/halfjaar.csv", "halfjaar", "2026-H1");
		assertThat(csv).contains(";2026-H1;2026-01-01;2026-06-30;Ontwikkelingen;toelichting;tekst;Aangevuld door beleid.")
				.contains(";Aanmeldingen;Totaal;Aantal;0");
		var pdf = mvc.perform(get("/rapportages/halfjaar.pdf").param("halfjaar", "2026-H1").session(session))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("Voortgangsrapportage halfjaar", "1e halfjaar 2026", "Knelpunten",
				"Wachtlijst in team Zuid.", "Aangevuld door beleid.");
	}

	@Test
	@DisplayName("MON-5, MON-6: transformation figures per quarter from what exists, aftercare counted (no 'nog geen gegevens' section left)")
	void showsTransformationFiguresIncludingAftercare() throws Exception {
		for (var i = 0; i < 11; i++) {
			events.registered("2026-02-02", i < 5 ? 18 + i % 2 : 12, null);
		}
		for (var i = 0; i < 5; i++) {
			events.closed("2026-05-04", ClosureReason.SOLVED_BY_CJG);
		}
		events.closed("2026-05-05", ClosureReason.SPECIALISED_CARE_STARTED);
		events.awaitHandled();

		mvc.perform(get("/api/v1/reports/transformation").param("year", "2026")
						.with(TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.running").value(true))
				.andExpect(jsonPath("$.sections[0].rows[0][0].text").value("Aanmeldingen"))
				.andExpect(jsonPath("$.sections[0].rows[0][1].number").value(Published.as(11)))
				// SEC-2: the same eleven records in the first quarter and the year: the same published count.
				.andExpect(jsonPath("$.sections[0].rows[0][5].number").value(Published.as(11)))
				.andExpect(result -> assertThat((Object) com.jayway.jsonpath.JsonPath.read(result.getResponse()
						.getContentAsString(), "$.sections[0].rows[0][5].number")).isEqualTo(com.jayway.jsonpath.JsonPath
						.read(result.getResponse().getContentAsString(), "$.sections[0].rows[0][1].number")))
				.andExpect(jsonPath("$.sections[0].rows[1][0].text").value("Aanmeldingen van jongeren van 18 jaar of ouder"))
				.andExpect(jsonPath("$.sections[0].rows[1][1].number").value(Published.as(5)))
				.andExpect(jsonPath("$.sections[0].rows[4][2].number").value(Published.as(5)))
				.andExpect(jsonPath("$.sections[0].rows[5][2].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[5][5].number").value(0))
				.andExpect(jsonPath("$.legend[0]").value(containsString("0 tot en met 5")))
				// MON-5 (ADR 0058): aftercare is recorded now; without allocations every aftercare row counts 0.
				.andExpect(jsonPath("$.sections.length()").value(1))
				.andExpect(jsonPath("$.sections[0].rows[25][0].text").value("Nazorg door het CJG"))
				.andExpect(jsonPath("$.sections[0].rows[25][5].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[26][0].text").value("Nazorg door een andere partij"))
				.andExpect(jsonPath("$.sections[0].rows[27][0].text").value("Geen nazorg nodig"))
				.andExpect(jsonPath("$.sections[0].rows[28][0].text").value("Beëindigde zorg zonder vastgelegd besluit over nazorg"))
				.andExpect(jsonPath("$.sections[0].rows[28][5].number").value(0));
		mvc.perform(get("/rapportages/transformatie").param("jaar", "2026").session(login(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Toewijzingen aan aanbieders die overbruggingszorg bieden")))
				.andExpect(content().string(containsString("Nazorg door een andere partij")))
				.andExpect(content().string(not(containsString("nog geen gegevens — wordt nog nergens vastgelegd"))));
	}

	@Test
	@DisplayName("MON-5, MON-6: allocation's events feed the transformation figures: residential or not, region, family-based, bridging care, extensions, start and end per quarter")
	void countsAllocationsInTheTransformationFigures() throws Exception {
		for (var i = 0; i < 6; i++) {
			var number = 900_000 + i;
			var extension = i == 0;
			transactions.executeWithoutResult(status -> publisher.publishEvent(new AllocationDecided(world.municipality(), number,
					new AgbCode("98000011"), ProductCategory.PLEEGZORG_2015, new ProductCode("35A01"), Financing.IN_KIND, 1,
					Unit.DAY_AND_NIGHT, Frequency.PER_DAY, LocalDate.of(2026, 8, 10), LocalDate.of(2027, 1, 31), 100_00, true,
					false, extension, LocalDate.of(2026, 8, 3))));
		}
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from monitoring_in_kind_provision where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single() == 6);

		var json = mvc.perform(get("/api/v1/reports/transformation").param("year", "2026")
						.with(TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.sections[0].rows[8][0].text").value("Toewijzingen jeugdhulp met verblijf"))
				.andExpect(jsonPath("$.sections[0].rows[8][2].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[9][3].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[11][3].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[13][3].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[16][0].text").value("Einde bij de aanbieder (einddatum van de toewijzing)"))
				.andExpect(jsonPath("$.sections[0].rows[16][5].number").value(0))
				.andReturn().getResponse().getContentAsString();
		// Q3: six residential, in region, family-based, started; one extension (a small count, suppressed).
		for (var row : new int[] { 8, 10, 12, 15 }) {
			long published = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.sections[0].rows[" + row + "][3].number")).longValue();
			assertThat(Published.allows(6, published)).as("row " + row).isTrue();
		}
		long extensions = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.sections[0].rows[14][3].number")).longValue();
		assertThat(Published.allows(1, extensions)).isTrue();
	}

	@Test
	@DisplayName("MON-5: the actual start and end of care from providers' start and stop messages, each allocation once, withdrawn ones undone")
	void countsTheActualStartAndEndOfCareFromProvidersMessages() throws Exception {
		var m = world.municipality();
		var agb = "98000011";
		transactions.executeWithoutResult(status -> {
			for (var i = 0; i < 7; i++) {
				// Seven starts in Q2; allocation 910000 also restarts after a temporary stop: still one allocation.
				publisher.publishEvent(new CareStarted(m, 910_000 + i, agb, LocalDate.of(2026, 4, 6), false));
			}
			publisher.publishEvent(new CareEnded(m, 910_000, agb, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), "20", true,
					false));
			publisher.publishEvent(new CareStarted(m, 910_000, agb, LocalDate.of(2026, 5, 11), false));
			publisher.publishEvent(new CareStarted(m, 910_100, agb, LocalDate.of(2026, 4, 7), false));
			for (var i = 1; i < 7; i++) {
				// Q3: six stops as planned, of which one is withdrawn again.
				publisher.publishEvent(new CareEnded(m, 910_000 + i, agb, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 8, 31),
						"31", false, false));
			}
		});
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) filter (where ended_on is not null and not temporary) = 6 from monitoring_care_delivery where municipality_code = ?")
				.param(m.value()).query(Boolean.class).single());
		// Later, a start and a stop sent in error are withdrawn: they no longer count.
		transactions.executeWithoutResult(status -> {
			publisher.publishEvent(new CareStarted(m, 910_100, agb, LocalDate.of(2026, 4, 7), true));
			publisher.publishEvent(new CareEnded(m, 910_006, agb, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 8, 31), "31",
					false, true));
		});
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) filter (where ended_on is not null and not temporary) = 5
				    and count(*) filter (where allocation_number = 910100) = 0
				    and count(*) filter (where allocation_number = 910000) = 2
				from monitoring_care_delivery where municipality_code = ?""")
				.param(m.value()).query(Boolean.class).single());

		var json = mvc.perform(get("/api/v1/reports/transformation").param("year", "2026")
						.with(TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.sections[0].rows[21][0].text").value("Zorg gestart volgens de aanbieder (startbericht)"))
				.andExpect(jsonPath("$.sections[0].rows[21][1].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[22][0].text").value("Zorg volgens plan beëindigd (stopbericht, reden 31)"))
				.andExpect(jsonPath("$.sections[0].rows[22][2].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[23][5].number").value(0))
				.andReturn().getResponse().getContentAsString();
		// SEC-2: counts go through the disclosure control; the true values are 7 started in Q2, 5 ended in Q3, 1 paused.
		assertThat(Published.allows(7, read(json, 21, 2))).isTrue();
		assertThat(Published.allows(5, read(json, 22, 3))).isTrue();
		assertThat(Published.allows(1, read(json, 24, 2))).isTrue();
	}

	private static long read(String json, int row, int column) {
		return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.sections[0].rows[" + row + "][" + column + "].number"))
				.longValue();
	}

	private void allocation(long number, String from, String until, String decidedOn, Adulthood adulthood,
			java.util.List<Long> continued) {
		transactions.executeWithoutResult(status -> publisher.publishEvent(new AllocationDecided(world.municipality(), number,
				new AgbCode("98000011"), ProductCategory.AMBULANT, new ProductCode("45A01"), Financing.IN_KIND, 2, Unit.HOUR,
				Frequency.PER_WEEK, LocalDate.parse(from), LocalDate.parse(until), 100_00, true, false, false,
				LocalDate.parse(decidedOn), adulthood, continued)));
	}

	@Test
	@DisplayName("MON-5, MON-6: outflow (ended, not continued), 18+ and running past the 18th birthday, heavy → light (moved to the CJG) per quarter, suppressed when small, in JSON, CSV and PDF")
	void countsOutflowAdulthoodAndHeavyToLight() throws Exception {
		// Q2: eight allocations to young people of 18+, all ending on 31 August (Q3); two of them continued in Q3.
		for (var i = 0; i < 8; i++) {
			allocation(910_000 + i, "2026-05-04", "2026-08-31", "2026-05-04", Adulthood.ADULT_AT_START, java.util.List.of());
		}
		// Q3: seven allocations that run past the 18th birthday; the first two continue 910000 and 910001.
		for (var i = 0; i < 7; i++) {
			allocation(920_000 + i, "2026-09-01", "2027-02-28", "2026-08-20", Adulthood.TURNS_18_DURING,
					i < 2 ? java.util.List.of(910_000L + i) : java.util.List.of());
		}
		// Q2: six allocations of under-18s ending on 10 December, after "today" (16 November): not yet outflow.
		for (var i = 0; i < 6; i++) {
			allocation(930_000 + i, "2026-05-04", "2026-12-10", "2026-05-04", Adulthood.UNDER_18, java.util.List.of());
		}
		// Q3: six extensions moved to the CJG, one of them delivered twice.
		var transfers = new java.util.ArrayList<java.util.UUID>();
		for (var i = 0; i < 6; i++) {
			transfers.add(java.util.UUID.randomUUID());
		}
		transfers.add(transfers.getFirst());
		for (var transfer : transfers) {
			transactions.executeWithoutResult(status -> publisher.publishEvent(new SupportTransferredToCjg(transfer,
					world.municipality(), ProductCategory.AMBULANT, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 2, 28),
					LocalDate.of(2026, 8, 20))));
		}
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select (select count(*) from monitoring_in_kind_provision where municipality_code = ?)
				     + (select count(*) from monitoring_cjg_transfer where municipality_code = ?)
				     + (select count(*) from monitoring_allocation_continuation where municipality_code = ?)""")
				.params(world.municipality().value(), world.municipality().value(), world.municipality().value())
				.query(Long.class).single() == 21 + 6 + 2);

		var json = mvc.perform(get("/api/v1/reports/transformation").param("year", "2026")
						.with(nl.jeugdregie.TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.sections[0].rows[17][0].text").value("Uitstroom: toewijzing afgelopen zonder aansluitende toewijzing"))
				.andExpect(jsonPath("$.sections[0].rows[17][2].number").value(0))
				// The six ending on 10 December have not ended yet: no outflow in Q4.
				.andExpect(jsonPath("$.sections[0].rows[17][4].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[18][0].text").value("Toewijzingen aan jongeren van 18 jaar of ouder"))
				.andExpect(jsonPath("$.sections[0].rows[18][3].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[19][0].text").value("Toewijzingen die doorlopen na de 18e verjaardag"))
				.andExpect(jsonPath("$.sections[0].rows[19][2].number").value(0))
				.andExpect(jsonPath("$.sections[0].rows[20][0].text").value("Van zwaar naar licht: verlenging overgedragen aan het CJG"))
				.andExpect(jsonPath("$.sections[0].rows[20][2].number").value(0))
				.andExpect(jsonPath("$.sections[1].rows[*][0].text").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers
						.hasItem(containsString("zwaar")))))
				.andReturn().getResponse().getContentAsString();
		// Outflow Q3: eight ended, two continued; 18+ Q2: eight; past 18 Q3: seven; heavy → light Q3: six, counted once.
		var expected = new long[][] { { 17, 3, 6 }, { 18, 2, 8 }, { 19, 3, 7 }, { 20, 3, 6 }, { 20, 5, 6 } };
		for (var e : expected) {
			long published = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.sections[0].rows[" + e[0] + "][" + e[1] + "].number")).longValue();
			assertThat(Published.allows(e[2], published)).as("row " + e[0] + " column " + e[1] + ": " + published).isTrue();
		}

		var csv = csv("/api/v1/reports/transformation", "format", "csv", "year", "2026");
		assertThat(csv).contains("Uitstroom: toewijzing afgelopen zonder aansluitende toewijzing",
				"Toewijzingen aan jongeren van 18 jaar of ouder", "Toewijzingen die doorlopen na de 18e verjaardag",
				"Van zwaar naar licht: verlenging overgedragen aan het CJG");
		var pdf = mvc.perform(get("/api/v1/reports/transformation").param("year", "2026").param("format", "pdf")
						.with(nl.jeugdregie.TestFixtures.api(policyOfficer)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.contains("Uitstroom", "aansluitende", "verjaardag", "overgedragen");
		}
	}

	private String csv(String path, String... params) throws Exception {
		var request = get(path);
		for (var i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		if (path.startsWith("/api/")) {
			request.with(TestFixtures.api(policyOfficer));
		} else {
			request.session(login(policyOfficer));
		}
		return mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpSession login(CurrentUser user) throws Exception {
		return TestFixtures.login(mvc, user);
	}

	private static String text(byte[] pdf) throws Exception {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
