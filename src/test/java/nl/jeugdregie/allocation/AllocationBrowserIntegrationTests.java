package nl.jeugdregie.allocation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, "Done when": a request with an application → arrangement → choosing a provider by waiting time →
 * decision (with its check step) → letter PDF → a declaration checked against it → the figure on the in-kind
 * dashboard. Every page is checked with axe-core at 1280 px, the main ones again at 390 px.
 */
@IntegrationTest
class AllocationBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("TOEW-1, TOEW-2, TOEW-6, TOEW-9, MON-8: from an application through choosing by wait and the decision to the dashboard, at 1280 and 390 px")
	void walksFromApplicationToTheDashboard() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var quick = api.provider(keeper, "Snel Jeugdhulp", "98000031");
		var slow = api.provider(keeper, "Traag Jeugdhulp", "98000032");
		api.tariff(keeper, api.contract(keeper, quick, true, true, product), product, "84,50", "2026-01-01", "");
		api.tariff(keeper, api.contract(keeper, slow, false, false, product), product, "79,00", "2026-01-01", "");
		api.waitingTime(keeper, quick, product, 2, "2026-11-10");
		api.waitingTime(keeper, slow, product, 14, "2026-11-10");
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", quick), "{\"username\":\"" + providerUser.username() + "\"}"))
				.andExpect(status().isOk());
		new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900018");

		browser.loginAs(professional);
		browser.open("/toewijzing/aanvragen");
		browser.checkPage("allocation-applications");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Arrangement maken voor")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Arrangement voor hulpvraag");
		var arrangementPath = browser.path();
		browser.checkPage("allocation-arrangement-new");

		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Product toevoegen")).click();
		browser.page().getByLabel("Welk product?").selectOption(product);
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieders tonen")).click();
		var radios = browser.page().locator("input[name=provider]");
		assertThat(radios).hasCount(2);
		assertThat(browser.page().locator("label[for=aanbieder-0]")).containsText("Snel Jeugdhulp");
		assertThat(browser.page().locator("label[for=aanbieder-1]")).containsText("let op: wachttijd boven de norm zonder overbruggingszorg");
		browser.checkPage("allocation-choose-provider");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Product toevoegen")).click();
		assertThat(browser.page().locator(".jr-error-summary")).containsText("Kies de aanbieder");
		assertThat(browser.page()).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
		browser.checkPage("allocation-choose-provider-errors");
		browser.page().locator("#aanbieder-0").check();
		browser.page().getByLabel("Omvang").fill("2");
		browser.page().getByLabel("Begindatum").fill("2026-12-01");
		browser.page().getByLabel("Einddatum").fill("2027-05-31");
		browser.page().getByLabel("Doel").fill("Minder angst, weer naar school");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Product toevoegen")).click();
		assertThat(browser.page().locator("main")).containsText("Snel Jeugdhulp");

		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Akkoord van het gezin vastleggen")).click();
		browser.checkPage("allocation-agreement");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Akkoord vastleggen")).click();
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beschikking afgeven")).click();
		browser.page().getByLabel("Besluit van het toegangsteam van de gemeente").check();
		browser.page().getByLabel("Zorg in natura").check();
		browser.checkPage("allocation-decision-form");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Controleer de beschikking");
		browser.checkPage("allocation-decision-check");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschikking afgeven")).click();
		assertThat(browser.page().locator("main")).containsText("De beschikking is afgegeven");
		assertThat(browser.page().locator("main")).containsText("45 · 45A01 Ambulante begeleiding");
		browser.checkPage("allocation-decision");

		var pdf = browser.page().request().get(browser.baseUrl() + arrangementPath + "/beschikking.pdf");
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		try (var document = Loader.loadPDF(pdf.body())) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			org.assertj.core.api.Assertions.assertThat(text).contains("Besluit over jeugdhulp", "Snel Jeugdhulp",
					"Jeugdwet, artikel 2.3", "binnen zes weken", "Algemene wet bestuursrecht (Awb)");
		}
		var number = jdbc.sql("select number from allocation_allocation where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single();
		mvc.perform(json(providerUser, post("/api/v1/allocation/declarations"), """
				{"allocationNumber":"%d","periodFrom":"2026-12-01","periodUntil":"2026-12-31","units":"9","tariff":"84,50"}"""
				.formatted(number))).andExpect(status().isCreated());
		mvc.perform(json(providerUser, post("/api/v1/allocation/declarations"), """
				{"allocationNumber":"%d","periodFrom":"2026-12-01","periodUntil":"2026-12-31","units":"1","tariff":"95,00"}"""
				.formatted(number))).andExpect(status().isBadRequest());

		browser.page().setViewportSize(390, 844);
		for (var path : new String[] { arrangementPath, arrangementPath + "/beschikking", "/toewijzing/kiezen?product=" + product,
				"/toewijzing/wachttijden", "/toewijzing/aanbieders/" + quick }) {
			browser.open(path);
			org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
					.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isTrue();
		}
		browser.open(arrangementPath + "/beschikking");
		browser.checkPage("allocation-decision-390");
		browser.open("/toewijzing/kiezen?product=" + product);
		browser.checkPage("allocation-choose-390");

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from monitoring_in_kind_provision where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single() == 1);
		browser.logout();
		browser.page().setViewportSize(1280, 900);
		browser.loginAs(keeper);
		browser.open("/dashboard");
		assertThat(browser.page().locator("#individuele-voorzieningen")).containsText("45 Jeugdhulp ambulant");
		browser.checkPage("allocation-dashboard-in-kind");
		browser.page().setViewportSize(390, 844);
		browser.open("/toewijzing/aanbieders/" + quick);
		browser.checkPage("allocation-provider-390");
	}

	@Test
	@DisplayName("TOEW-2, TOEW-6: the policy officer changes a product from the product list and ends a tariff line through its check step, at 1280 and 390 px")
	void changesAProductAndEndsATariffLine() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		var contract = api.contract(keeper, provider, true, true, product);
		api.tariff(keeper, contract, product, "84,50", "2026-01-01", "");

		browser.loginAs(keeper);
		browser.open("/toewijzing/producten");
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Wijzigen\\s*: 45A01 Ambulante begeleiding$"))).click();
		assertThat(browser.page().locator("main")).containsText("De categorie en de code veranderen niet");
		browser.checkPage("product-change");
		browser.page().getByLabel("Omschrijving").fill("");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
		assertThat(browser.page()).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
		browser.checkPage("product-change-errors");
		browser.page().getByLabel("Omschrijving").fill("Ambulante begeleiding individueel");
		browser.page().getByLabel("Eenheid").selectOption("01");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
		assertThat(browser.page().locator("main")).containsText("is gewijzigd");
		assertThat(browser.page().locator("main")).containsText("Minuut");

		browser.open("/toewijzing/contracten/" + contract);
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Beëindigen"))).click();
		browser.page().getByLabel("Laatste dag van dit tarief").fill("31-12-2025");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page()).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
		assertThat(browser.page().locator("#lastDay-fout")).containsText("Kies 1-1-2026 of later");
		browser.checkPage("tariff-end-errors");
		browser.page().getByLabel("Laatste dag van dit tarief").fill("30-6-2027");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer het einde van het tarief");
		browser.checkPage("tariff-end-check");
		browser.page().setViewportSize(390, 844);
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("check step at 390 px").isTrue();
		browser.checkPage("tariff-end-check-390");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tarief beëindigen")).click();
		assertThat(browser.page().locator("main")).containsText("Het tarief loopt nu tot en met 30-6-2027");
		browser.checkPage("contract-tariff-ended-390");
		browser.open("/toewijzing/producten/" + product + "/wijzigen");
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("product change at 390 px").isTrue();
		browser.checkPage("product-change-390");
	}
}
