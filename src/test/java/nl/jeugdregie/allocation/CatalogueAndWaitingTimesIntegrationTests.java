package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15 items 1–3: the product list, providers, contracts, versioned tariffs, CSV, accounts and waiting times. */
@IntegrationTest
@DisplayName("Issue 15: product list, providers, contracts, tariffs and waiting times (TOEW-2, TOEW-3, TOEW-6)")
class CatalogueAndWaitingTimesIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("TOEW-6: a tariff is versioned, never overwritten; an overlapping period or an end before the start is refused and nothing saved")
	void keepsTariffsVersionedAndRefusesOverlaps() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "84,50", "2026-01-01", "2026-12-31");
		api.tariff(keeper, contract, product, "87,25", "2027-01-01", "");

		mvc.perform(json(keeper, post("/api/v1/allocation/contracts/{id}/tariffs", contract), """
				{"productId":"%s","amount":"99","effectiveFrom":"2026-06-01"}""".formatted(product)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("nooit overschreven")));
		mvc.perform(json(keeper, post("/api/v1/allocation/contracts/{id}/tariffs", contract), """
				{"productId":"%s","amount":"99","effectiveFrom":"2028-06-01","effectiveUntil":"2028-01-01"}""".formatted(product)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("effectiveUntil"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("einddatum ligt voor de begindatum")));

		mvc.perform(as(keeper, get("/api/v1/allocation/contracts/{id}/tariffs", contract)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(2)))
				.andExpect(jsonPath("$[0].amountCents").value(8450))
				.andExpect(jsonPath("$[1].amountCents").value(8725));
		// The audit trail names the product by its code and the tariff by its start and amount (issue 18 item 7).
		assertThat(jdbc.sql("select what from audit_event where subject = ?").param("product:" + product)
				.query(String.class).list()).containsExactly("Product toegevoegd: 45 45A01 Ambulante begeleiding");
		assertThat(jdbc.sql("select what from audit_event where subject = ? order by id").param("contract:" + contract)
				.query(String.class).list()).contains("Tarief vastgelegd vanaf 2026-01-01: 8450 cent",
						"Tarief vastgelegd vanaf 2027-01-01: 8725 cent");
	}

	@Test
	@DisplayName("TOEW-3: an AGB code must be eight digits with a kind of provider; a taken one is refused; a product outside the contract gets no tariff")
	void checksAgbCodesAndContractedProducts() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		mvc.perform(json(keeper, post("/api/v1/allocation/providers"), "{\"name\":\"Zonder code\",\"agbCode\":\"1234\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("agbCode"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("8 cijfers")));
		mvc.perform(json(keeper, post("/api/v1/allocation/providers"), "{\"name\":\"Nul\",\"agbCode\":\"00123456\"}"))
				.andExpect(status().isBadRequest());
		var provider = api.provider(keeper, "Het Gezinshuis", "98000022");
		mvc.perform(json(keeper, post("/api/v1/allocation/providers"), "{\"name\":\"Dubbel\",\"agbCode\":\"98000022\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("al een aanbieder met deze AGB-code")));

		var contracted = api.product(keeper, "45", "45A02", "Gezinsbehandeling", "04", "2");
		var other = api.product(keeper, "43", "43A01", "Behandelgroep", "14", "4");
		var contract = api.contract(keeper, provider, false, true, contracted);
		mvc.perform(json(keeper, post("/api/v1/allocation/contracts/{id}/tariffs", contract), """
				{"productId":"%s","amount":"250","effectiveFrom":"2026-01-01"}""".formatted(other)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value("De aanbieder heeft geen contract voor dit product."));
		mvc.perform(json(keeper, post("/api/v1/allocation/providers/{id}/contracts", provider), """
				{"productIds":[],"procurementRoute":"OPEN_HOUSE","validFrom":"2026-01-01"}"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("products"));
		assertThat(jdbc.sql("select count(*) from allocation_contract where provider_id = cast(? as uuid)").param(provider)
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("TOEW-2, TOEW-6: the product and tariff lists import and export as CSV; a bad file is refused per line and column and saves nothing")
	void importsAndExportsCsvWithARefusalPerLineAndColumn() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var bad = """
				productcategorie;productcode;omschrijving;eenheid;frequentie
				45;45A01;Ambulante begeleiding;04;2
				99;45A02;Onbekende categorie;04;2
				45;TE-LANG;Ongeldige code;77;9
				""";
		mvc.perform(as(keeper, post("/api/v1/allocation/products/import").contentType("text/csv").content(bad)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors", hasSize(4)))
				.andExpect(jsonPath("$.errors[0].field").value("regel 3.productcategorie"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Regel 3, kolom productcategorie")))
				.andExpect(jsonPath("$.errors[1].message").value(containsString("Regel 4, kolom productcode")))
				.andExpect(jsonPath("$.errors[2].message").value(containsString("Regel 4, kolom eenheid")))
				.andExpect(jsonPath("$.errors[3].message").value(containsString("Regel 4, kolom frequentie")));
		assertThat(jdbc.sql("select count(*) from allocation_product where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();

		var good = """
				productcategorie;productcode;omschrijving;eenheid;frequentie
				45;45A01;Ambulante begeleiding;04;2
				43;43A01;"Verblijf; behandelgroep";14;4
				""";
		mvc.perform(as(keeper, post("/api/v1/allocation/products/import").contentType("text/csv").content(good)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.added").value(2));
		mvc.perform(as(keeper, get("/api/v1/allocation/products.csv")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("43;43A01;\"Verblijf; behandelgroep\";14;4")));

		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var products = mvc.perform(as(keeper, get("/api/v1/allocation/products"))).andReturn().getResponse().getContentAsString();
		var ambulant = ((java.util.List<?>) com.jayway.jsonpath.JsonPath.read(products, "$[?(@.code=='45A01')].id")).get(0)
				.toString();
		api.contract(keeper, provider, true, true, ambulant);
		var tariffs = """
				agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum
				98000011;45;45A01;84,50;2026-01-01;2026-12-31
				98000011;45;45A01;90,00;2026-06-01;
				98000099;45;45A01;84,50;2026-01-01;
				98000011;43;43A01;abc;1-1-2026;
				""";
		mvc.perform(as(keeper, post("/api/v1/allocation/tariffs/import").contentType("text/csv").content(tariffs)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Regel 5, kolom tarief")))
				.andExpect(jsonPath("$.errors[1].message").value(containsString("Regel 3, kolom ingangsdatum")))
				.andExpect(jsonPath("$.errors[1].message").value(containsString("nooit overschreven")))
				.andExpect(jsonPath("$.errors[2].message").value(containsString("Regel 4, kolom agb-code")));
		assertThat(jdbc.sql("select count(*) from allocation_tariff t join allocation_contract c on c.id = t.contract_id "
				+ "where c.municipality_code = ?").param(world.municipality().value()).query(Long.class).single()).isZero();

		mvc.perform(as(keeper, post("/api/v1/allocation/tariffs/import").contentType("text/csv").content("""
				agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum
				98000011;45;45A01;84,50;2026-01-01;2026-12-31
				98000011;45;45A01;90,00;2027-01-01;
				""")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.added").value(2));
		mvc.perform(as(keeper, get("/api/v1/allocation/tariffs.csv")))
				.andExpect(content().string(containsString("98000011;45;45A01;84.50;2026-01-01;2026-12-31")))
				.andExpect(content().string(containsString("98000011;45;45A01;90.00;2027-01-01;")));
	}

	@Test
	@DisplayName("TOEW-6: a provider account sees and reports only its own waiting times; stale figures are marked; choosing sorts by wait and flags a long wait without bridging care")
	void showsWaitingTimesAndTheChoiceOfProviders() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var quick = api.provider(keeper, "Snel Jeugdhulp", "98000031");
		var slow = api.provider(keeper, "Traag Jeugdhulp", "98000032");
		var bridging = api.provider(keeper, "Brug Jeugdhulp", "98000033");
		var unknown = api.provider(keeper, "Onbekend Jeugdhulp", "98000034");
		var quickContract = api.contract(keeper, quick, false, true, product);
		api.contract(keeper, slow, false, false, product);
		api.contract(keeper, bridging, true, true, product);
		api.contract(keeper, unknown, false, true, product);
		api.tariff(keeper, quickContract, product, "84,50", "2026-01-01", "");

		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", slow), "{\"username\":\"%s\"}"
				.formatted(professional.username())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("rol Jeugdprofessional")));
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", slow), "{\"username\":\"%s\"}"
				.formatted(providerUser.username()))).andExpect(status().isOk());

		api.waitingTime(providerUser, slow, product, 12, "2026-11-16");
		mvc.perform(json(providerUser, post("/api/v1/allocation/waiting-times"), """
				{"providerId":"%s","productId":"%s","weeks":"1"}""".formatted(quick, product)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("eigen organisatie")));
		api.waitingTime(keeper, quick, product, 2, "2026-09-01"); // older than 4 weeks on 16-11-2026: stale
		api.waitingTime(keeper, bridging, product, 10, "2026-11-10");

		mvc.perform(as(providerUser, get("/api/v1/allocation/waiting-times")))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].providerName").value("Traag Jeugdhulp"))
				.andExpect(jsonPath("$[0].reportedBy").value("PROVIDER"));
		mvc.perform(as(providerUser, get("/api/v1/allocation/providers"))).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(as(providerUser, get("/api/v1/allocation/providers/{id}", quick))).andExpect(status().isNotFound());
		mvc.perform(as(professional, get("/api/v1/allocation/waiting-times")))
				.andExpect(jsonPath("$", hasSize(3)))
				.andExpect(jsonPath("$[?(@.providerName=='Snel Jeugdhulp')].stale").value(true))
				.andExpect(jsonPath("$[?(@.providerName=='Traag Jeugdhulp')].stale").value(false));

		mvc.perform(as(professional, get("/api/v1/allocation/choice").param("productId", product)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].providerName").value(org.hamcrest.Matchers.contains("Snel Jeugdhulp",
						"Brug Jeugdhulp", "Traag Jeugdhulp", "Onbekend Jeugdhulp")))
				.andExpect(jsonPath("$[0].tariffCents").value(8450))
				.andExpect(jsonPath("$[0].waitStale").value(true))
				.andExpect(jsonPath("$[1].flaggedWaitAboveNormWithoutBridgingCare").value(false))
				.andExpect(jsonPath("$[2].flaggedWaitAboveNormWithoutBridgingCare").value(true))
				.andExpect(jsonPath("$[2].inRegion").value(false))
				.andExpect(jsonPath("$[3].waitWeeks").doesNotExist());
	}
}
