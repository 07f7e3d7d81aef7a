package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15 items 4–5: the arrangement in the triangle and the allocation decision, through the REST API. */
@IntegrationTest
@RecordApplicationEvents
@DisplayName("Issue 15: arrangement and decision (TOEW-1, TOEW-2, TOEW-4, TOEW-5)")
class ArrangementAndDecisionIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired ApplicationEvents events;

	CurrentUser keeper;
	CurrentUser professional;
	String ambulant;
	String residential;
	String crisis;
	String uncontracted;
	String provider;

	@BeforeEach
	void setUp() throws Exception {
		var world = fixtures.newWorld();
		keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var api = new AllocationApi(mvc);
		ambulant = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		residential = api.product(keeper, "43", "43A01", "Behandelgroep", "14", "1");
		crisis = api.product(keeper, "46", "46A01", "Crisisopvang", "14", "1");
		uncontracted = api.product(keeper, "45", "45A09", "Vaktherapie", "04", "2");
		provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, ambulant, residential, crisis);
		api.tariff(keeper, contract, ambulant, "84,50", "2026-01-01", "");
		api.tariff(keeper, contract, residential, "250,00", "2026-01-01", "");
	}

	@Test
	@DisplayName("TOEW-2, TOEW-1, TOEW-5: an arrangement of contracted products, agreed by the family, is decided within the maximum term; a letter states the legal basis and bezwaar")
	void decidesAnAgreedArrangementAndWritesTheLetter() throws Exception {
		var helpRequest = applications().applied(professional, "999900018");
		var arrangement = start(helpRequest);

		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""),
				line(uncontracted, "2", "2026-12-01", "2027-05-31")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("De aanbieder heeft geen contract voor dit product."));
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""),
				line(ambulant, "3", "2026-12-01", "2027-12-01")))
				.andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"1\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("akkoord")));
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("AGREED_BY_FAMILY"));

		// TOEW-1: a GP referral names the GP's AGB code; TOEW-5: at most twelve months (this line runs a day longer).
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"GENERAL_PRACTITIONER\",\"financing\":\"IN_KIND\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field=='referrerAgb')].message").value(org.hamcrest.Matchers.hasItem(containsString("AGB-code van de verwijzer"))))
				.andExpect(jsonPath("$.errors[?(@.field=='lines')].message").value(org.hamcrest.Matchers.hasItem(containsString("hoogstens 12 maanden"))));
		assertThat(jdbc.sql("select count(*) from allocation_decision where arrangement_id = cast(? as uuid)").param(arrangement)
				.query(Long.class).single()).isZero();
	}

	@Test
	@DisplayName("TOEW-1, TOEW-4: a decision makes numbered allocations with their budget, publishes AllocationDecided, and refuses in kind over a PGB of the same product")
	void allocatesWithNumbersAndBudgetsAndRefusesInKindOverPgb() throws Exception {
		var first = start(applications().applied(professional, "999900031"));
		addAndAgree(first, ambulant, "2", "2026-12-01", "2027-02-28");
		var decided = mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", first).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"GENERAL_PRACTITIONER\",\"referrerAgb\":\"01123456\",\"financing\":\"PGB\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.referrerCode").value("02"))
				.andExpect(jsonPath("$.allocations", hasSize(1)))
				.andExpect(jsonPath("$.allocations[0].number").value(1))
				// 2 hours a week for 90 days = 13 started weeks = 26 hours × € 84,50
				.andExpect(jsonPath("$.allocations[0].budgetCents").value(26 * 8450))
				.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(decided, "$.allocations[0].volume")).isEqualTo(2);
		assertThat(events.stream(AllocationDecided.class).filter(e -> e.agbCode().value().equals("98000011")
				&& e.financing() == Financing.PGB && e.productCategory() == ProductCategory.AMBULANT)).hasSize(1);

		// The same young person (same BSN) gets in kind care for the same product in an overlapping period: refused.
		var second = start(applications().applied(professional, "999900031"));
		addAndAgree(second, ambulant, "1", "2027-02-01", "2027-06-30");
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", second).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("financing"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("al als pgb")));
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", second).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"PGB\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.allocations[0].number").value(2));
	}

	@Test
	@DisplayName("TOEW-1: the decision letter is an accessible PDF in plain Dutch with the legal basis and six weeks for bezwaar (Awb)")
	void writesTheDecisionLetter() throws Exception {
		var arrangement = start(applications().applied(professional, "999900043"));
		addAndAgree(arrangement, ambulant, "2", "2026-12-01", "2027-05-31");
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated());
		var pdf = mvc.perform(as(professional, get("/api/v1/allocation/arrangements/{id}/decision/letter.pdf", arrangement)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
			assertThat(text).contains("Besluit over jeugdhulp", "Zorggroep Maasland", "45 · 45A01 Ambulante begeleiding",
					"Jeugdwet, artikel 2.3", "bezwaar maken", "binnen zes weken", "Algemene wet bestuursrecht (Awb)",
					"Zorg in natura", "1-12-2026", "31-5-2027");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Besluit over jeugdhulp");
		}
	}

	@Test
	@DisplayName("TOEW-1: two people deciding one arrangement at once: one wins, the other gets 409 and nothing is saved twice")
	void letsOneOfTwoSimultaneousDecisionsWin() throws Exception {
		var arrangement = start(applications().applied(professional, "999900055"));
		addAndAgree(arrangement, ambulant, "2", "2026-12-01", "2027-05-31");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(4);
		var calls = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 4; i++) {
			calls.add(() -> {
				start.await();
				return mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement)
						.header("If-Match", "\"2\""), "{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
						.andReturn().getResponse().getStatus();
			});
		}
		var futures = calls.stream().map(pool::submit).toList();
		start.countDown();
		var statuses = new ArrayList<Integer>();
		for (var future : futures) {
			statuses.add(future.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
		assertThat(jdbc.sql("select count(*) from allocation_allocation a join allocation_decision d on d.id = a.decision_id "
				+ "where d.arrangement_id = cast(? as uuid)").param(arrangement).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-1, PLAN-7: a residential product (out-of-home placement) goes through the plans module's heavy-step rules")
	void sendsAPlacementThroughTheHeavyStepRules() throws Exception {
		var arrangement = start(applications().applied(professional, "999900067"));
		addAndAgree(arrangement, residential, "1", "2026-12-01", "2027-05-31");
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("gezinsplan met verklarende analyse")));
	}

	@Test
	@DisplayName("TOEW-1: crisis care may start without a decision; the team's worklist shows it with its limit four weeks on")
	void listsCrisisCareNearingTheLimit() throws Exception {
		var helpRequest = applications().applied(professional, "999900006");
		mvc.perform(json(professional, post("/api/v1/allocation/crisis-care"), """
				{"helpRequestId":"%s","providerId":"%s","productId":"%s","startedOn":"2026-10-26"}""".formatted(helpRequest,
				provider, ambulant))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("categorie 46")));
		mvc.perform(json(professional, post("/api/v1/allocation/crisis-care"), """
				{"helpRequestId":"%s","providerId":"%s","productId":"%s","startedOn":"2026-10-26"}""".formatted(helpRequest,
				provider, crisis))).andExpect(status().isCreated());
		mvc.perform(as(professional, get("/api/v1/allocation/crisis-care")))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].decisionDueBy").value("2026-11-23"))
				.andExpect(jsonPath("$[0].daysLeft").value(7))
				.andExpect(jsonPath("$[0].nearingLimit").value(true));
	}

	@Test
	@DisplayName("MON-5 (18+, outflow): a decision tells monitoring whether the young person is 18+ or turns 18 during the allocation, and which earlier allocation it continues")
	void tellsMonitoringAboutAdulthoodAndContinuation() throws Exception {
		// Turns 18 on 15 December 2026, during the first allocation; 18 on the first day of the second.
		var first = start(applications().applied(professional, "999900043", LocalDate.of(2008, 12, 15)));
		addAndAgree(first, ambulant, "2", "2026-12-01", "2027-02-28");
		var number = ((Number) JsonPath.read(mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", first)
						.header("If-Match", "\"2\""), "{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.allocations[0].number")).longValue();
		var firstEvent = events.stream(AllocationDecided.class).filter(e -> e.agbCode().value().equals("98000011")
				&& e.allocationNumber() == number && e.validFrom().equals(LocalDate.of(2026, 12, 1))).findFirst().orElseThrow();
		assertThat(firstEvent.adulthood()).isEqualTo(Adulthood.TURNS_18_DURING);
		assertThat(firstEvent.continuedAllocations()).isEmpty();

		// The same young person: a follow-up from the day after the first one's end continues it.
		var second = start(applications().applied(professional, "999900043", LocalDate.of(2008, 12, 15)));
		addAndAgree(second, ambulant, "1", "2027-03-01", "2027-06-30");
		var next = ((Number) JsonPath.read(mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", second)
						.header("If-Match", "\"2\""), "{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.allocations[0].number")).longValue();
		var secondEvent = events.stream(AllocationDecided.class).filter(e -> e.allocationNumber() == next
				&& e.validFrom().equals(LocalDate.of(2027, 3, 1))).findFirst().orElseThrow();
		assertThat(secondEvent.adulthood()).isEqualTo(Adulthood.ADULT_AT_START);
		assertThat(secondEvent.continuedAllocations()).containsExactly(number);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from monitoring_allocation_continuation c join monitoring_in_kind_provision p
				    on p.municipality_code = c.municipality_code and p.allocation_number = c.continued_by
				where c.allocation_number = ? and c.continued_by = ? and p.adulthood = 'ADULT_AT_START'""")
				.params(number, next).query(Long.class).single() >= 1);
	}

	private Applications applications() {
		return new Applications(registration, lifecycle, checklists, jdbc);
	}

	private String start(java.util.UUID helpRequest) throws Exception {
		return AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andExpect(status().isCreated())
				.andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString());
	}

	private void addAndAgree(String arrangement, String product, String volume, String from, String until) throws Exception {
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""),
				line(product, volume, from, until))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""),
				"{\"agreedOn\":\"2026-11-16\"}")).andExpect(status().isOk());
	}

	private String line(String product, String volume, String from, String until) {
		return """
				{"productId":"%s","providerId":"%s","volume":"%s","validFrom":"%s","validUntil":"%s","goal":"Minder angst"}"""
				.formatted(product, provider, volume, from, until);
	}
}
