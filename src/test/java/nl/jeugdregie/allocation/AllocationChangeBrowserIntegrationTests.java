package nl.jeugdregie.allocation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.jeugdregie.allocation.AllocationApi.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
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
 * Issue 16: the professional ends an allocation early, changes the volume of another (a new number) and withdraws a
 * third, each through its check step, from the allocation's page; pages checked with axe-core at 1280 and 390 px.
 */
@IntegrationTest
class AllocationChangeBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	@DisplayName("TOEW-1, TOEW-7: ending early, changing the volume and withdrawing an allocation with check steps and banners, at 1280 and 390 px")
	void changesAllocationsOnScreen() throws Exception {
		var world = fixtures.newWorld();
		var keeper = fixtures.user(Role.POLICY_OFFICER, world.municipality(), null);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var api = new AllocationApi(mvc);
		var product = api.product(keeper, "45", "45A01", "Ambulante begeleiding", "04", "2");
		var provider = api.provider(keeper, "Zorggroep Maasland", "98000011");
		api.tariff(keeper, api.contract(keeper, provider, true, true, product), product, "84,50", "2026-01-01", "");
		var first = decide(professional, product, provider, "999900018");
		var second = decide(professional, product, provider, "999900031");
		var third = decide(professional, product, provider, "999900043");

		browser.loginAs(professional);
		// End early: an end after the current one is refused, then the check step, then the banner and the history.
		browser.open("/toewijzing/toewijzingen/" + first);
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Toewijzing " + first);
		browser.checkPage("allocation-page");
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toewijzing beëindigen")).click();
		browser.page().getByLabel("Nieuwe laatste dag").fill("1-4-2027");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page()).hasTitle(Pattern.compile("^Fout: "));
		assertThat(browser.page().locator(".jr-error-summary")).containsText("Kies een eerdere laatste dag");
		browser.checkPage("allocation-end-errors");
		browser.page().getByLabel("Nieuwe laatste dag").fill("28-2-2027");
		browser.page().getByLabel("Reden").selectOption("02");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Controleer en bevestig");
		assertThat(browser.page().locator("main")).containsText("02 Cliënt overleden");
		browser.checkPage("allocation-end-check");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzing beëindigen")).click();
		assertThat(browser.page().locator("[role=status]")).containsText("loopt nu tot en met 28-2-2027");
		assertThat(browser.page().locator("section[aria-labelledby=wijzigingen-kop] table")).containsText("Beëindigd: loopt nu tot en met 28-2-2027");
		browser.checkPage("allocation-ended");

		// Volume change per week: a new number from the change date.
		browser.open("/toewijzing/toewijzingen/" + second);
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omvang wijzigen")).click();
		browser.page().getByLabel("Nieuwe omvang", new Page.GetByLabelOptions().setExact(true)).fill("3");
		browser.page().getByLabel("Ingangsdatum van de nieuwe omvang").fill("1-2-2027");
		browser.checkPage("allocation-volume");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder naar controleren")).click();
		assertThat(browser.page().locator("main")).containsText("nieuw nummer");
		browser.checkPage("allocation-volume-check");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Omvang wijzigen")).click();
		assertThat(browser.page().locator("[role=status]")).containsText("Nieuwe toewijzing");
		assertThat(browser.page().locator("main")).containsText("Vervangen door toewijzing");
		browser.checkPage("allocation-volume-changed");

		// Withdrawal: the check step explains what it means; afterwards no more actions.
		browser.open("/toewijzing/toewijzingen/" + third);
		browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Toewijzing intrekken")).click();
		assertThat(browser.page().locator("main")).containsText("Controleer en bevestig");
		browser.checkPage("allocation-withdraw-check");
		browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzing intrekken")).click();
		assertThat(browser.page().locator("[role=status]")).containsText("is ingetrokken");
		assertThat(browser.page().locator("main")).containsText("Ingetrokken");
		assertThat(browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Omvang wijzigen"))).hasCount(0);
		browser.checkPage("allocation-withdrawn");

		browser.page().setViewportSize(390, 844);
		for (var path : new String[] { "/toewijzing/toewijzingen/" + first, "/toewijzing/toewijzingen/" + first + "/beeindigen",
				"/toewijzing/toewijzingen/" + third }) {
			browser.open(path);
			org.assertj.core.api.Assertions.assertThat((Boolean) browser.page()
					.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path).isTrue();
		}
		browser.open("/toewijzing/toewijzingen/" + first);
		browser.checkPage("allocation-page-390");
		browser.open("/toewijzing/toewijzingen/" + second + "/omvang");
		browser.checkPage("allocation-volume-390");
		browser.assertNoConsoleErrors();
	}

	private long decide(CurrentUser professional, String product, String provider, String bsn) throws Exception {
		var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(professional, bsn);
		var arrangement = AllocationApi.id(mvc.perform(json(professional, post("/api/v1/allocation/arrangements"),
				"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/lines", arrangement).header("If-Match", "\"0\""), """
				{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2027-01-04","validUntil":"2027-03-28"}"""
				.formatted(product, provider))).andExpect(status().isOk());
		mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/agreement", arrangement).header("If-Match", "\"1\""), "{}"))
				.andExpect(status().isOk());
		var body = mvc.perform(json(professional, post("/api/v1/allocation/arrangements/{id}/decision", arrangement).header("If-Match", "\"2\""),
				"{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}")).andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.allocations[0].number")).longValue();
	}
}
