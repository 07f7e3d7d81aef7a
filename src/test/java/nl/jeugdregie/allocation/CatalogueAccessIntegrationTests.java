package nl.jeugdregie.allocation;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.EnumMap;
import java.util.Set;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: every page and API endpoint of the product list, providers, contracts, tariffs and waiting times against
 * every role of the municipality, another municipality's policy officer, and a provider's account linked to another
 * provider. Changes are sent invalid on purpose (400, or 200 with errors on a page), so every caller can call them.
 */
@IntegrationTest
@DisplayName("Issue 15: access to products, providers, contracts, tariffs and waiting times per role and municipality (TOEW-3, TOEW-6)")
class CatalogueAccessIntegrationTests {

	private static final String OTHER_MUNICIPALITY = "POLICY_OFFICER of another municipality";
	private static final String OTHER_PROVIDER = "PROVIDER of another provider";
	private static final Set<Role> CASE_WORKERS = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT);
	private static final Set<Role> KEEPERS = Set.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);
	private static final Set<Role> READERS = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	void letsEachRoleReachOnlyItsPartOfTheCatalogue() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var keeper = users.get(Role.POLICY_OFFICER);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "84,50", "2026-01-01", "");
		String tariff = com.jayway.jsonpath.JsonPath.read(mvc.perform(AllocationApi.as(keeper,
				get("/api/v1/allocation/contracts/{id}/tariffs", contract))).andReturn().getResponse().getContentAsString(), "$[0].id");
		var otherProvider = api.provider(keeper, "Ander", "98000012");
		var linkBody = "{\"username\":\"%s\"}";
		mvc.perform(AllocationApi.json(users.get(Role.ADMINISTRATOR), post("/api/v1/allocation/providers/{id}/accounts", provider),
				linkBody.formatted(users.get(Role.PROVIDER).username())));
		var otherProviderUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		mvc.perform(AllocationApi.json(users.get(Role.ADMINISTRATOR), post("/api/v1/allocation/providers/{id}/accounts", otherProvider),
				linkBody.formatted(otherProviderUser.username())));

		// A provider reads its own provider and contract; another provider's account and another municipality get 404.
		var ownProvider = Access.to(READERS).except(OTHER_PROVIDER, 404).except(OTHER_MUNICIPALITY, 404);
		var readers = Access.to(READERS);
		var keepers = Access.to(KEEPERS);
		var keepersHere = Access.to(KEEPERS).except(OTHER_MUNICIPALITY, 404);
		var reporters = Access.to(Set.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR, Role.PROVIDER));

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.POLICY_OFFICER, elsewhere.municipality(), null))
				.caller(OTHER_PROVIDER, otherProviderUser)
				.refusingPostsWithoutCsrfTokenFrom(keeper)
				// Pages
				.expect(page("GET /toewijzing/producten", () -> get("/toewijzing/producten"), 200), readers)
				.expect(page("GET /toewijzing/producten.csv", () -> get("/toewijzing/producten.csv"), 200), readers)
				.expect(page("GET /toewijzing/tarieven.csv", () -> get("/toewijzing/tarieven.csv"), 200), readers)
				.expect(page("GET /toewijzing/producten/nieuw", () -> get("/toewijzing/producten/nieuw"), 200), keepers)
				.expect(page("POST /toewijzing/producten/nieuw (empty)", () -> post("/toewijzing/producten/nieuw"), 200), keepers)
				.expect(page("POST /toewijzing/producten/inlezen (no file)", () -> post("/toewijzing/producten/inlezen"), 200), keepers)
				.expect(page("POST /toewijzing/tarieven/inlezen (no file)", () -> post("/toewijzing/tarieven/inlezen"), 200), keepers)
				.expect(page("GET /toewijzing/aanbieders", () -> get("/toewijzing/aanbieders"), 200), readers)
				.expect(page("GET /toewijzing/aanbieders/nieuw", () -> get("/toewijzing/aanbieders/nieuw"), 200), keepers)
				.expect(page("POST /toewijzing/aanbieders/nieuw (empty)", () -> post("/toewijzing/aanbieders/nieuw"), 200), keepers)
				.expect(page("GET /toewijzing/aanbieders/{id}", () -> get("/toewijzing/aanbieders/{id}", provider), 200), ownProvider)
				.expect(page("GET /toewijzing/aanbieders/{id}/contracten/nieuw", () -> get("/toewijzing/aanbieders/{id}/contracten/nieuw", provider), 200), keepersHere)
				.expect(page("POST /toewijzing/aanbieders/{id}/contracten/nieuw (empty)", () -> post("/toewijzing/aanbieders/{id}/contracten/nieuw", provider), 200), keepersHere)
				.expect(page("GET /toewijzing/aanbieders/{id}/accounts", () -> get("/toewijzing/aanbieders/{id}/accounts", provider), 200),
						Access.to(Role.ADMINISTRATOR))
				.expect(page("POST /toewijzing/aanbieders/{id}/accounts (empty)", () -> post("/toewijzing/aanbieders/{id}/accounts", provider), 200),
						Access.to(Role.ADMINISTRATOR))
				.expect(page("GET /toewijzing/contracten/{id}", () -> get("/toewijzing/contracten/{id}", contract), 200), ownProvider)
				.expect(page("GET /toewijzing/contracten/{id}/wijzigen", () -> get("/toewijzing/contracten/{id}/wijzigen", contract), 200), keepersHere)
				.expect(page("POST /toewijzing/contracten/{id}/wijzigen (stale)", () -> post("/toewijzing/contracten/{id}/wijzigen", contract)
						.param("version", "99"), 200), keepersHere)
				.expect(page("POST /toewijzing/contracten/{id}/wijzigen/bevestigen (stale)", () -> post("/toewijzing/contracten/{id}/wijzigen/bevestigen", contract)
						.param("version", "99"), 200), keepersHere)
				.expect(page("GET /toewijzing/contracten/{id}/tarieven/nieuw", () -> get("/toewijzing/contracten/{id}/tarieven/nieuw", contract), 200), keepersHere)
				.expect(page("POST /toewijzing/contracten/{id}/tarieven/nieuw (empty)", () -> post("/toewijzing/contracten/{id}/tarieven/nieuw", contract), 200), keepersHere)
				// TOEW-2, TOEW-6: changing a product and ending a tariff line (another municipality does not find them).
				.expect(page("GET /toewijzing/producten/{id}/wijzigen", () -> get("/toewijzing/producten/{id}/wijzigen", product), 200), keepersHere)
				.expect(page("POST /toewijzing/producten/{id}/wijzigen (empty)", () -> post("/toewijzing/producten/{id}/wijzigen", product), 200), keepersHere)
				.expect(page("GET /toewijzing/contracten/{id}/tarieven/{t}/beeindigen",
						() -> get("/toewijzing/contracten/{id}/tarieven/{t}/beeindigen", contract, tariff), 200), keepersHere)
				.expect(page("POST /toewijzing/contracten/{id}/tarieven/{t}/beeindigen (empty)",
						() -> post("/toewijzing/contracten/{id}/tarieven/{t}/beeindigen", contract, tariff), 200), keepersHere)
				.expect(page("POST /toewijzing/contracten/{id}/tarieven/{t}/beeindigen/bevestigen (empty)",
						() -> post("/toewijzing/contracten/{id}/tarieven/{t}/beeindigen/bevestigen", contract, tariff), 200), keepersHere)
				.expect(page("GET /toewijzing/wachttijden", () -> get("/toewijzing/wachttijden"), 200), readers)
				.expect(page("GET /toewijzing/wachttijden/nieuw", () -> get("/toewijzing/wachttijden/nieuw"), 200), reporters)
				.expect(page("POST /toewijzing/wachttijden/nieuw (empty)", () -> post("/toewijzing/wachttijden/nieuw"), 200), reporters)
				.expect(page("GET /toewijzing/kiezen", () -> get("/toewijzing/kiezen").param("product", product), 200), Access.to(CASE_WORKERS))
				// API
				.expect(api("GET /api/v1/allocation/products", () -> get("/api/v1/allocation/products"), 200), readers)
				.expect(api("POST /api/v1/allocation/products (empty)", () -> post("/api/v1/allocation/products")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), keepers)
				.expect(api("GET /api/v1/allocation/products.csv", () -> get("/api/v1/allocation/products.csv"), 200), readers)
				.expect(api("POST /api/v1/allocation/products/import (bad header)", () -> post("/api/v1/allocation/products/import")
						.contentType("text/csv").content("x"), 400), keepers)
				.expect(api("GET /api/v1/allocation/providers", () -> get("/api/v1/allocation/providers"), 200), readers)
				.expect(api("POST /api/v1/allocation/providers (empty)", () -> post("/api/v1/allocation/providers")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), keepers)
				.expect(api("GET /api/v1/allocation/providers/{id}", () -> get("/api/v1/allocation/providers/{id}", provider), 200), ownProvider)
				.expect(api("POST /api/v1/allocation/providers/{id}/contracts (empty)", () -> post("/api/v1/allocation/providers/{id}/contracts", provider)
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), keepers)
				.expect(api("POST /api/v1/allocation/providers/{id}/accounts (no user)", () -> post("/api/v1/allocation/providers/{id}/accounts", provider)
						.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"niemand\"}"), 400), Access.to(Role.ADMINISTRATOR))
				.expect(api("GET /api/v1/allocation/contracts/{id}/tariffs", () -> get("/api/v1/allocation/contracts/{id}/tariffs", contract), 200), ownProvider)
				.expect(api("PUT /api/v1/allocation/contracts/{id} (stale)", () -> put("/api/v1/allocation/contracts/{id}", contract)
						.header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON).content("{}"), 409), keepersHere)
				.expect(api("POST /api/v1/allocation/contracts/{id}/tariffs (empty)", () -> post("/api/v1/allocation/contracts/{id}/tariffs", contract)
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), keepers)
				.expect(api("PUT /api/v1/allocation/products/{id} (stale)", () -> put("/api/v1/allocation/products/{id}", product)
						.header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON)
						.content("{\"name\":\"Ambulante begeleiding\",\"unit\":\"04\",\"frequency\":\"2\"}"), 409), keepersHere)
				.expect(api("PUT /api/v1/allocation/contracts/{id}/tariffs/{t} (stale)", () -> put("/api/v1/allocation/contracts/{id}/tariffs/{t}", contract, tariff)
						.header("If-Match", "\"99\"").contentType(MediaType.APPLICATION_JSON).content("{\"effectiveUntil\":\"2027-06-30\"}"), 409),
						keepersHere)
				.expect(api("GET /api/v1/allocation/tariffs.csv", () -> get("/api/v1/allocation/tariffs.csv"), 200), readers)
				.expect(api("POST /api/v1/allocation/tariffs/import (bad header)", () -> post("/api/v1/allocation/tariffs/import")
						.contentType("text/csv").content("x"), 400), keepers)
				.expect(api("GET /api/v1/allocation/waiting-times", () -> get("/api/v1/allocation/waiting-times"), 200), readers)
				.expect(api("POST /api/v1/allocation/waiting-times (empty)", () -> post("/api/v1/allocation/waiting-times")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), reporters)
				.expect(api("GET /api/v1/allocation/choice", () -> get("/api/v1/allocation/choice").param("productId", product), 200),
						Access.to(CASE_WORKERS))
				.verify();
		assertThat(cells).isGreaterThan(300);
	}
}
