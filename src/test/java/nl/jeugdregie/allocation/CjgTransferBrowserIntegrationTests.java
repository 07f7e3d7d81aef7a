package nl.jeugdregie.allocation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 item 6: the policy officer hands a category to the CJG through the check step (a date too soon is refused),
 * the provider sees its notice, and the professional's decision on an extension moves the support to the CJG. Pages
 * are checked with axe-core at 1280 and 390 px.
 */
@IntegrationTest
class CjgTransferBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("TOEW-8: marking a category with its check step, the provider's notice, and an extension transferred to the CJG, at 1280 and 390 px")
	void handsACategoryToTheCjg() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var providerUser = fixtures.user(Role.PROVIDER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		api.tariff(keeper, api.contract(keeper, provider, true, true, product), product, "84,50", "2026-01-01", "");
		mvc.perform(json(admin, post("/api/v1/allocation/providers/{id}/accounts", provider),
				"{\"username\":\"" + providerUser.username() + "\"}")).andExpect(status().isOk());

		browser.loginAs(keeper);
		browser.open("/toewijzing/overdracht-cjg");
		assertThat(browser.page().locator("main")).containsText("Ondersteuning die voortkomt uit terminale zorg");
		browser.checkPage("cjg-transfer-overview");
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Categorie overdragen aan het CJG")).click();
		browser.page().getByLabel("Productcategorie").selectOption("45");
		browser.page().getByLabel("Het CJG doet deze hulp vanaf").fill("1-3-2027");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page()).hasTitle(Pattern.compile("^Fout: "));
		assertThat(browser.page().locator(".jr-error-summary")).containsText("minstens 6 maanden van tevoren. Kies 16-5-2027 of later");
		browser.checkPage("cjg-scope-form-errors");
		browser.page().getByLabel("Het CJG doet deze hulp vanaf").fill("1-6-2027");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer de overdracht naar het CJG");
		assertThat(browser.page().locator("main")).containsText("Zorggroep Maasland");
		browser.checkPage("cjg-scope-check");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overdragen en aankondigen")).click();
		assertThat(browser.page().locator("main")).containsText("1 aanbieder heeft een aankondiging gekregen");
		browser.page().setViewportSize(390, 844);
		for (var path : new String[] { "/toewijzing/overdracht-cjg", "/toewijzing/overdracht-cjg/nieuw" }) {
			browser.open(path);
			org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
					.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isTrue();
		}
		browser.open("/toewijzing/overdracht-cjg");
		browser.checkPage("cjg-transfer-overview-390");
		browser.logout();

		browser.page().setViewportSize(1280, 900);
		browser.loginAs(providerUser);
		browser.open("/toewijzing/overdracht-cjg");
		var notices = browser.page().getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Aankondigingen"));
		assertThat(notices).containsText("Zorggroep Maasland");
		assertThat(notices).containsText("16-11-2026");
		assertThat(notices).containsText("1-6-2027");
		browser.checkPage("cjg-transfer-provider");
		browser.logout();

		var arrangement = agreedExtension(professional, product, provider);
		browser.loginAs(professional);
		browser.open("/toewijzing/arrangementen/" + arrangement + "/beschikking");
		browser.page().getByLabel("Besluit van het toegangsteam van de gemeente").check();
		browser.page().getByLabel("Zorg in natura").check();
		browser.page().getByLabel("Dit is een verlenging van eerdere hulp").check();
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().locator(".jr-error-summary")).containsText("valt vanaf 1-6-2027 binnen de taken van het CJG");
		browser.checkPage("cjg-decision-form-errors");
		browser.page().getByLabel("Overdracht naar het CJG: het CJG geeft de hulp zelf").check();
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().locator("main")).containsText("Overdracht naar het CJG");
		browser.checkPage("cjg-decision-check");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschikking afgeven")).click();
		assertThat(browser.page().locator("main")).containsText("Overgedragen aan het CJG");
		browser.checkPage("cjg-decision");
		browser.page().setViewportSize(390, 844);
		browser.open("/toewijzing/arrangementen/" + arrangement + "/beschikking");
		browser.checkPage("cjg-decision-390");
	}

	@Test
	@DisplayName("TOEW-8: moving a scope's date: too early refused next to the field, a check step naming the providers told again, the new date and notice, at 1280 and 390 px")
	void movesAScopesDate() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		api.contract(keeper, provider, true, true, product);
		mvc.perform(json(keeper, post("/api/v1/allocation/cjg-scopes"), "{\"category\":\"45\",\"effectiveFrom\":\"2027-06-01\"}"))
				.andExpect(status().isCreated());

		browser.loginAs(keeper);
		browser.open("/toewijzing/overdracht-cjg");
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Datum wijzigen voor categorie 45")).click();
		assertThat(browser.page().locator("main")).containsText("16-5-2027 of later");
		browser.checkPage("cjg-scope-move");
		browser.page().getByLabel("Het CJG doet deze hulp vanaf").fill("1-3-2027");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page()).hasTitle(Pattern.compile("^Fout: "));
		assertThat(browser.page().locator(".jr-error-summary")).containsText("Kies 16-5-2027 of later");
		assertThat(browser.page().locator("#effectiveFrom-fout")).containsText("Kies 16-5-2027 of later");
		browser.checkPage("cjg-scope-move-errors");
		browser.page().getByLabel("Het CJG doet deze hulp vanaf").fill("1-9-2027");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer de nieuwe datum");
		assertThat(browser.page().locator("main")).containsText("Zorggroep Maasland");
		browser.checkPage("cjg-scope-move-check");
		browser.page().setViewportSize(390, 844);
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("check step at 390 px").isTrue();
		browser.checkPage("cjg-scope-move-check-390");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Datum wijzigen en aankondigen")).click();
		assertThat(browser.page().locator("main")).containsText("1 aanbieder(s) hebben een nieuwe aankondiging gekregen");
		assertThat(browser.page().locator("main")).containsText("Vanaf 1-9-2027");
		assertThat(browser.page().getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Aankondigingen")))
				.containsText("nieuwe datum aangekondigd op 16-11-2026");
		org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
				.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("overview at 390 px").isTrue();
		browser.checkPage("cjg-scope-moved-390");
		browser.page().setViewportSize(1280, 900);
		browser.checkPage("cjg-scope-moved");
	}

	/** An agreed arrangement of ambulant help from June 2027, for a household with an explanatory analysis (PLAN-6). */
	private String agreedExtension(nl.jeugdregie.identity.CurrentUser professional, String product, String provider) throws Exception {
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, "999900018");
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
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2027-06-01","validUntil":"2027-10-31","goal":"Minder angst"}"""
				.formatted(product, provider))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""),
				"{\"agreedOn\":\"2026-11-16\"}")).andExpect(status().isOk());
		return arrangement;
	}
}
