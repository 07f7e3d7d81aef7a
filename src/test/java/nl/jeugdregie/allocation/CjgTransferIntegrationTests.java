package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/** Issue 15 item 6: transfer of support to the CJG (visie Oldebroek), through the REST API. Today is 16 November 2026. */
@IntegrationTest
@RecordApplicationEvents
@DisplayName("Issue 15: transfer to the CJG on extension, with notices to providers (TOEW-8)")
class CjgTransferIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired ApplicationEvents events;

	TestFixtures.World world;
	CurrentUser keeper;
	CurrentUser professional;
	CurrentUser ambulantProvider;
	CurrentUser dayCareProvider;
	String ambulant;
	String provider;
	String other;

	@BeforeEach
	void setUp() throws Exception {
		world = fixtures.newWorld();
		keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		ambulantProvider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		dayCareProvider = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		ambulant = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var dayCare = api.product(keeper, "41", "41A01", "Dagbehandeling", "16", "2");
		provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, ambulant);
		api.tariff(keeper, contract, ambulant, "84,50", "2026-01-01", "");
		other = api.provider(keeper, "Dagcentrum De Linde", "98000012");
		api.contract(keeper, other, false, true, dayCare);
		link(admin, provider, ambulantProvider);
		link(admin, other, dayCareProvider);
	}

	@Test
	@DisplayName("TOEW-8: a category enters the CJG's scope at least six months after the notice; each contracted provider sees its own notice with the dates")
	void marksACategoryAndNoticesItsProviders() throws Exception {
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-05-15\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("minstens 6 maanden van tevoren. Kies 16-5-2027 of later")));
		assertThat(count("allocation_cjg_scope")).isZero();

		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.scope.noticedOn").value("2026-11-16"))
				.andExpect(jsonPath("$.notices").value(1));
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-07-01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("al vanaf 1-6-2027")));

		mvc.perform(as(ambulantProvider, get("/api/v1/allocation/cjg-transfer-notices")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].provider").value("Zorggroep Maasland"))
				.andExpect(jsonPath("$[0].category").value("45"))
				.andExpect(jsonPath("$[0].noticedOn").value("2026-11-16"))
				.andExpect(jsonPath("$[0].transferFrom").value("2027-06-01"));
		mvc.perform(as(dayCareProvider, get("/api/v1/allocation/cjg-transfer-notices")))
				.andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(as(professional, get("/api/v1/allocation/cjg-scopes")))
				.andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].effectiveFrom").value("2027-06-01"));
	}

	@Test
	@DisplayName("TOEW-8: marking one category twice at once makes one scope and one notice per provider")
	void marksACategoryOnceWhenSubmittedTwiceAtOnce() throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(4);
		var calls = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 4; i++) {
			calls.add(() -> {
				start.await();
				return mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"),
						"{\"category\":\"41\",\"effectiveFrom\":\"2027-06-01\"}")).andReturn().getResponse().getStatus();
			});
		}
		var futures = calls.stream().map(pool::submit).toList();
		start.countDown();
		var statuses = new ArrayList<Integer>();
		for (var future : futures) {
			statuses.add(future.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(201, 400).filteredOn(s -> s == 201).hasSize(1);
		assertThat(count("allocation_cjg_scope")).isEqualTo(1);
		assertThat(count("allocation_cjg_notice")).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-8: a provider contracted after the marking gets its notice on contracting; the transfer applies to it from that notice plus six months, listed on the notices page")
	void noticesAProviderContractedAfterTheMarking() throws Exception {
		// Marked in January, within the scope since 6 July 2026; Zorggroep Maasland was told then.
		var scope = UUID.randomUUID();
		jdbc.sql("""
				insert into allocation_cjg_scope (id, municipality_code, category, effective_from, noticed_on, marked_by, marked_at)
				values (?, ?, '45', '2026-07-06', '2026-01-05', 'beleid', '2026-01-05T09:00:00Z')""")
				.params(scope, world.municipality().value()).update();
		jdbc.sql("""
				insert into allocation_cjg_notice (id, scope_id, provider_id, municipality_code, noticed_on, applies_from)
				values (?, ?, cast(? as uuid), ?, '2026-01-05', '2026-07-06')""")
				.params(UUID.randomUUID(), scope, provider, world.municipality().value()).update();

		// Today (16 November 2026) De Linde gets a contract for ambulant help: its notice is today, for 16 May 2027.
		var api = new AllocationApi(mvc);
		var contract = api.contract(keeper, other, true, true, ambulant);
		api.tariff(keeper, contract, ambulant, "80,00", "2026-01-01", "");
		mvc.perform(as(dayCareProvider, get("/api/v1/allocation/cjg-transfer-notices")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].provider").value("Dagcentrum De Linde"))
				.andExpect(jsonPath("$[0].noticedOn").value("2026-11-16"))
				.andExpect(jsonPath("$[0].transferFrom").value("2027-05-16"))
				.andExpect(jsonPath("$[0].scopeFrom").value("2026-07-06"))
				.andExpect(jsonPath("$[0].contractedAfterMarking").value(true));
		// A second contract for the same category tells it nothing new.
		api.contract(keeper, other, true, true, ambulant);
		assertThat(count("allocation_cjg_notice")).isEqualTo(2);
		var page = mvc.perform(get("/toewijzing/overdracht-cjg").session(nl.jeugdregie.TestFixtures.login(mvc, keeper)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Dagcentrum De Linde", "16-5-2027",
				"(later gecontracteerd; voor de andere aanbieders vanaf 6-7-2026)");

		// An extension from February 2027 stays with De Linde (before its date) but moves to the CJG at Maasland.
		var atLinde = agreedExtension("999900055", other, "2027-02-01", "2027-04-30");
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", atLinde).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\",\"extension\":true}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.allocations", hasSize(1)))
				.andExpect(jsonPath("$.allocations[0].provider").value("Dagcentrum De Linde"));
		var atMaasland = agreedExtension("999900067", provider, "2027-02-01", "2027-04-30");
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", atMaasland).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\",\"extension\":true}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field=='cjgChoice')].message").value(hasItem(containsString(
						"Product 1 valt vanaf 6-7-2026 binnen de taken van het CJG"))));
	}

	@Test
	@DisplayName("TOEW-8: marking a category while a provider is contracted for it at the same moment gives that provider exactly one notice")
	void noticesOnceWhenMarkingAndContractingAtOnce() throws Exception {
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		var calls = new ArrayList<Callable<Integer>>();
		calls.add(() -> {
			start.await();
			return mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"),
					"{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}")).andReturn().getResponse().getStatus();
		});
		calls.add(() -> {
			start.await();
			return mvc.perform(json(keeper, post("/api/v1/allocation/providers/{id}/contracts", other), """
					{"productIds":["%s"],"procurementRoute":"TENDERED","inRegion":true,"bridgingCare":true,
					 "terms":"","validFrom":"2026-01-01","validUntil":"2027-12-31"}""".formatted(ambulant)))
					.andReturn().getResponse().getStatus();
		});
		var futures = calls.stream().map(pool::submit).toList();
		start.countDown();
		var statuses = new ArrayList<Integer>();
		for (var future : futures) {
			statuses.add(future.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(201);
		mvc.perform(as(dayCareProvider, get("/api/v1/allocation/cjg-transfer-notices")))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].transferFrom").value("2027-06-01"));
		assertThat(count("allocation_cjg_notice")).isEqualTo(2);
	}

	@Test
	@DisplayName("TOEW-8: a scope's date moves later always and earlier only while still six months after the notice, on the version seen; the providers get a new notice; audited")
	void movesAScopesDate() throws Exception {
		String scope = JsonPath.read(mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"),
				"{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString(), "$.scope.id");
		mvc.perform(json(keeper, put("/api/v1/allocation/cjg-scopes/{id}", scope), "{\"effectiveFrom\":\"2027-09-01\"}"))
				.andExpect(status().isPreconditionRequired());
		mvc.perform(json(keeper, put("/api/v1/allocation/cjg-scopes/{id}", scope).header("If-Match", "\"0\""),
				"{\"effectiveFrom\":\"2027-05-15\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Kies 16-5-2027 of later")));
		mvc.perform(json(keeper, put("/api/v1/allocation/cjg-scopes/{id}", scope).header("If-Match", "\"0\""),
				"{\"effectiveFrom\":\"2027-09-01\"}"))
				.andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1\""))
				.andExpect(jsonPath("$.scope.effectiveFrom").value("2027-09-01"))
				.andExpect(jsonPath("$.notices").value(1));
		// A move on the old version is stale: nothing changes.
		mvc.perform(json(keeper, put("/api/v1/allocation/cjg-scopes/{id}", scope).header("If-Match", "\"0\""),
				"{\"effectiveFrom\":\"2027-10-01\"}"))
				.andExpect(status().isConflict());
		mvc.perform(as(ambulantProvider, get("/api/v1/allocation/cjg-transfer-notices")))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].noticedOn").value("2026-11-16"))
				.andExpect(jsonPath("$[0].renoticedOn").value("2026-11-16"))
				.andExpect(jsonPath("$[0].transferFrom").value("2027-09-01"));
		// Earlier again, exactly six months after the notice.
		mvc.perform(json(keeper, put("/api/v1/allocation/cjg-scopes/{id}", scope).header("If-Match", "\"1\""),
				"{\"effectiveFrom\":\"2027-05-16\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.scope.effectiveFrom").value("2027-05-16"));
		assertThat(events.stream(nl.jeugdregie.identity.AdministrativeChange.class)
				.filter(change -> change.subject().equals("cjg-scope:" + scope))
				.map(nl.jeugdregie.identity.AdministrativeChange::what))
				.contains("Categorie 45: overdracht naar het CJG verschoven van 1-6-2027 naar 1-9-2027; 1 aanbieder(s) opnieuw geïnformeerd");
	}

	@Test
	@DisplayName("TOEW-8: moving a scope's date on screen: an error next to the field, a check step naming the providers told again, then the new date")
	void movesAScopesDateOnScreen() throws Exception {
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}"))
				.andExpect(status().isCreated());
		var scope = jdbc.sql("select id from allocation_cjg_scope where municipality_code = ?").param(world.municipality().value())
				.query(UUID.class).single();
		var session = nl.jeugdregie.TestFixtures.login(mvc, keeper);
		mvc.perform(get("/toewijzing/overdracht-cjg").session(session))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						containsString("/toewijzing/overdracht-cjg/" + scope + "/datum")));
		mvc.perform(get("/toewijzing/overdracht-cjg/{id}/datum", scope).session(session))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						containsString("16-5-2027 of later")));
		var refused = mvc.perform(post("/toewijzing/overdracht-cjg/{id}/datum", scope).session(session)
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
						.param("version", "0").param("effectiveFrom", "1-3-2027"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("<title>Fout: Datum overdracht naar het CJG wijzigen", "id=\"effectiveFrom-fout\"",
				"Kies 16-5-2027 of later");
		var check = mvc.perform(post("/toewijzing/overdracht-cjg/{id}/datum", scope).session(session)
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
						.param("version", "0").param("effectiveFrom", "1-9-2027"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(check).contains("Controleer de nieuwe datum", "1-9-2027", "Zorggroep Maasland");
		assertThat(jdbc.sql("select effective_from from allocation_cjg_scope where id = ?").param(scope)
				.query(java.time.LocalDate.class).single()).isEqualTo("2027-06-01");
		mvc.perform(post("/toewijzing/overdracht-cjg/{id}/datum/bevestigen", scope).session(session)
						.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
						.param("version", "0").param("effectiveFrom", "1-9-2027"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/toewijzing/overdracht-cjg").session(session))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						containsString("Vanaf 1-9-2027")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						containsString("(nieuwe datum aangekondigd op 16-11-2026)")));
	}

	@Test
	@DisplayName("TOEW-8: two moves of one scope's date at once: one wins, the other is stale")
	void movesOnceWhenMovedTwiceAtOnce() throws Exception {
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}"))
				.andExpect(status().isCreated());
		var scope = jdbc.sql("select id from allocation_cjg_scope where municipality_code = ?").param(world.municipality().value())
				.query(UUID.class).single();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(4);
		var calls = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 4; i++) {
			var day = "2027-0" + (6 + i) + "-15";
			calls.add(() -> {
				start.await();
				return mvc.perform(json(keeper, put("/api/v1/allocation/cjg-scopes/{id}", scope).header("If-Match", "\"0\""),
						"{\"effectiveFrom\":\"" + day + "\"}")).andReturn().getResponse().getStatus();
			});
		}
		var futures = calls.stream().map(pool::submit).toList();
		start.countDown();
		var statuses = new ArrayList<Integer>();
		for (var future : futures) {
			statuses.add(future.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
		assertThat(jdbc.sql("select version from allocation_cjg_scope where id = ?").param(scope).query(Long.class).single())
				.isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-8: the out-of-scope situations start as the Oldebroek list; the municipality adds and withdraws its own")
	void keepsTheOutOfScopeSituations() throws Exception {
		var list = mvc.perform(as(professional, get("/api/v1/allocation/cjg-out-of-scope-situations")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(7)))
				.andExpect(jsonPath("$[*].label").value(hasItem("Ondersteuning die voortkomt uit niet-aangeboren hersenletsel")))
				.andExpect(jsonPath("$[*].label").value(hasItem("Ondersteuning die voortkomt uit terminale zorg")))
				.andReturn().getResponse().getContentAsString();
		String terminal = JsonPath.read(list, "$[6].id");
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-out-of-scope-situations"), "{\"label\":\"Ondersteuning bij autisme\"}"))
				.andExpect(status().isCreated());
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-out-of-scope-situations"), "{\"label\":\"ondersteuning bij autisme\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(as(keeper, delete("/api/v1/allocation/cjg-out-of-scope-situations/{id}", terminal)))
				.andExpect(status().isNoContent());
		mvc.perform(as(keeper, get("/api/v1/allocation/cjg-out-of-scope-situations")))
				.andExpect(jsonPath("$", hasSize(7)))
				.andExpect(jsonPath("$[*].label").value(hasItem("Ondersteuning bij autisme")))
				.andExpect(jsonPath("$[*].label").value(not(hasItem("Ondersteuning die voortkomt uit terminale zorg"))));
		// Another municipality still has the Oldebroek list.
		var elsewhere = fixtures.newWorld();
		mvc.perform(as(fixtures.user(Role.POLICY_OFFICER, elsewhere.municipality(), null), get("/api/v1/allocation/cjg-out-of-scope-situations")))
				.andExpect(jsonPath("$", hasSize(7)))
				.andExpect(jsonPath("$[*].label").value(hasItem("Ondersteuning die voortkomt uit terminale zorg")));
	}

	@Test
	@DisplayName("TOEW-8, MON-6: on extension a product within the scope moves to the CJG: no allocation to the provider, the letter says the CJG helps, monitoring counts heavy → light")
	void movesAnExtensionWithinTheScopeToTheCjg() throws Exception {
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}"))
				.andExpect(status().isCreated());
		var arrangement = agreedExtension("999900018");

		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\",\"extension\":true}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field=='cjgChoice')].message").value(hasItem(containsString(
						"Product 1 valt vanaf 1-6-2027 binnen de taken van het CJG"))));
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\",\"extension\":true,\"cjgChoice\":\"TRANSFER\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.cjgChoice").value("TRANSFER"))
				.andExpect(jsonPath("$.allocations", hasSize(0)))
				.andExpect(jsonPath("$.transferredToCjg", hasSize(1)))
				.andExpect(jsonPath("$.transferredToCjg[0].validFrom").value("2027-06-01"));
		assertThat(events.stream(SupportTransferredToCjg.class).filter(e -> e.municipality().equals(world.municipality())
				&& e.productCategory() == ProductCategory.AMBULANT)).hasSize(1);
		assertThat(events.stream(AllocationDecided.class).filter(e -> e.municipality().equals(world.municipality()))).isEmpty();
		// MON-6 (heavy → light): monitoring's own read model counts the transfer once, without personal data.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from monitoring_cjg_transfer where municipality_code = ? and category = '45'")
				.param(world.municipality().value()).query(Long.class).single() == 1);
		var pdf = mvc.perform(as(professional, get("/api/v1/allocation/arrangements/{id}/decision/letter.pdf", arrangement)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.contains("Hulp van het Centrum Jeugd en Gezin", "45 · 45A01 Ambulante begeleiding, van 1-6-2027 tot en met 31-10-2027");
		}
	}

	@Test
	@DisplayName("TOEW-8: an out-of-scope situation (addiction) keeps the extension with the provider, and the decision records it")
	void keepsAnExtensionWithTheProviderForAnOutOfScopeSituation() throws Exception {
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}"))
				.andExpect(status().isCreated());
		var situations = mvc.perform(as(professional, get("/api/v1/allocation/cjg-out-of-scope-situations")))
				.andReturn().getResponse().getContentAsString();
		List<String> addiction = JsonPath.read(situations, "$[?(@.label=='Ondersteuning die voortkomt uit verslavingen')].id");
		var arrangement = agreedExtension("999900031");

		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\",\"extension\":true,\"cjgChoice\":\"OUT_OF_SCOPE\",\"cjgSituation\":\""
						+ UUID.randomUUID() + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("cjgSituation"));
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\",\"extension\":true,\"cjgChoice\":\"OUT_OF_SCOPE\",\"cjgSituation\":\""
						+ addiction.getFirst() + "\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.cjgChoice").value("OUT_OF_SCOPE"))
				.andExpect(jsonPath("$.cjgSituation").value("Ondersteuning die voortkomt uit verslavingen"))
				.andExpect(jsonPath("$.allocations", hasSize(1)))
				.andExpect(jsonPath("$.allocations[0].provider").value("Zorggroep Maasland"));
	}

	/** An agreed arrangement of ambulant help from June 2027, for a household with an explanatory analysis (PLAN-6). */
	private String agreedExtension(String bsn) throws Exception {
		return agreedExtension(bsn, provider, "2027-06-01", "2027-10-31");
	}

	/** An agreed arrangement of ambulant help by {@code by} over the given days, as {@link #agreedExtension(String)}. */
	private String agreedExtension(String bsn, String by, String from, String until) throws Exception {
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, bsn);
		var household = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/households"),
				"{\"helpRequest\":\"%s\",\"householdName\":\"Gezin de Vries\"}".formatted(helpRequest)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/households/{id}/documents", household),
				"{\"documentKind\":\"EXPLANATORY_ANALYSIS\",\"documentDate\":\"2026-11-02\",\"outcome\":\"Hulp werkt, meer tijd nodig\"}"))
				.andExpect(status().isCreated());
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"%s","validUntil":"%s","goal":"Minder angst"}"""
				.formatted(ambulant, by, from, until))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""),
				"{\"agreedOn\":\"2026-11-16\"}")).andExpect(status().isOk());
		return arrangement;
	}

	private void link(CurrentUser admin, String providerId, CurrentUser account) throws Exception {
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", providerId),
				"{\"username\":\"" + account.username() + "\"}")).andExpect(status().isOk());
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where municipality_code = ?").param(world.municipality().value())
				.query(Long.class).single();
	}
}
