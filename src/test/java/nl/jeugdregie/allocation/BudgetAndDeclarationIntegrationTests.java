package nl.jeugdregie.allocation;

import static nl.jeugdregie.allocation.AllocationApi.as;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15 item 7: the budget of an allocation and declarations checked against it. */
@IntegrationTest
@DisplayName("Issue 15: budget per allocation and declarations checked against it (TOEW-9)")
class BudgetAndDeclarationIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("TOEW-9, MON-8: a provider declares against its own allocation; lines outside the period, above the volume or at another tariff are refused with the reason")
	void checksDeclarationsAgainstTheAllocation() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var otherProviderUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var other = api.provider(keeper, "Ander", "98000012");
		var contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "84,50", "2026-01-01", "");
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", provider), "{\"username\":\"" + providerUser.username() + "\"}"))
				.andExpect(status().isOk());
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", other), "{\"username\":\"" + otherProviderUser.username() + "\"}"))
				.andExpect(status().isOk());

		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900018");
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2026-12-28"}"""
				.formatted(product, provider))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk());
		var decided = mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		int number = JsonPath.read(decided, "$.allocations[0].number");

		// Four weeks of two hours: 8 hours at € 84,50.
		mvc.perform(as(providerUser, get("/api/v1/allocation/allocations/{n}/budget", number)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.budgetCents").value(8 * 8450))
				.andExpect(jsonPath("$.allocatedUnits").value(8))
				.andExpect(jsonPath("$.declaredCents").value(0));
		mvc.perform(as(providerUser, get("/api/v1/allocation/allocations"))).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(as(otherProviderUser, get("/api/v1/allocation/allocations"))).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(as(otherProviderUser, get("/api/v1/allocation/allocations/{n}/budget", number))).andExpect(status().isNotFound());

		mvc.perform(json(providerUser, post("/api/v1/allocation/declarations"), """
				{"allocationNumber":"%d","periodFrom":"2026-12-01","periodUntil":"2026-12-14","units":"4","tariff":"84,50"}"""
				.formatted(number))).andExpect(status().isCreated());
		mvc.perform(json(otherProviderUser, post("/api/v1/allocation/declarations"), """
				{"allocationNumber":"%d","periodFrom":"2026-12-15","periodUntil":"2026-12-28","units":"1","tariff":"84,50"}"""
				.formatted(number))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].message").value(containsString("geen toewijzing met nummer")));

		var csv = """
				toewijzingnummer;van;tot;aantal;tarief
				%d;2026-12-15;2026-12-28;3;84,50
				%d;2026-12-20;2027-01-05;1;84,50
				%d;2026-12-15;2026-12-28;2;90,00
				%d;2026-12-15;2026-12-28;abc;84,50
				""".formatted(number, number, number, number);
		mvc.perform(as(providerUser, post("/api/v1/allocation/declarations/import").contentType("text/csv").content(csv)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("regel 5.aantal"));
		mvc.perform(as(providerUser, post("/api/v1/allocation/declarations/import").contentType("text/csv").content("""
				toewijzingnummer;van;tot;aantal;tarief
				%d;2026-12-15;2026-12-28;3;84,50
				%d;2026-12-20;2027-01-05;1;84,50
				%d;2026-12-15;2026-12-28;2;90,00
				""".formatted(number, number, number))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field=='regel 3.periodFrom')].message").value(org.hamcrest.Matchers.hasItem(containsString("buiten de toewijzing"))))
				.andExpect(jsonPath("$.errors[?(@.field=='regel 4.units')].message").value(org.hamcrest.Matchers.hasItem(containsString("nog 1 eenheden over"))))
				.andExpect(jsonPath("$.errors[?(@.field=='regel 4.tariff')].message").value(org.hamcrest.Matchers.hasItem(containsString("niet het tarief"))));
		mvc.perform(as(providerUser, get("/api/v1/allocation/allocations/{n}/budget", number)))
				.andExpect(jsonPath("$.declaredCents").value(4 * 8450))
				.andExpect(jsonPath("$.declaredUnits").value(4));
		assertThat(jdbc.sql("select count(*) from allocation_declaration where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isEqualTo(1);

		// MON-8: the decision reached monitoring's read model through AllocationDecided; the dashboard shows it per
		// product category through the disclosure control (a group of one: its average and budget are left out).
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from monitoring_in_kind_provision where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single() == 1);
		mvc.perform(as(keeper, get("/api/v1/dashboard")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.inKindProvisions.status").value("AVAILABLE"))
				.andExpect(jsonPath("$.inKindProvisions.requirement").value("MON-8"))
				.andExpect(jsonPath("$.inKindProvisions.categories[0].code").value("45"))
				.andExpect(jsonPath("$.inKindProvisions.categories[0].averageDays.suppressed").value(true))
				.andExpect(jsonPath("$.inKindProvisions.categories[0].budgetEuros.suppressed").value(true))
				.andExpect(jsonPath("$.inKindProvisions.totals[?(@.code=='IN_KIND')]").exists());
		mvc.perform(get("/dashboard").session(TestFixtures.login(mvc, keeper)))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(containsString("Voorzieningen in natura per productcategorie")))
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.not(containsString("Nog geen gegevens: deze cijfers komen uit de module toewijzing"))));
	}
}
