package nl.jeugdregie.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, "done when": an installation is set up completely through the screens. The regional administrator (as
 * {@code JEUGDREGIE_ADMIN_PASSWORD} with {@code JEUGDREGIE_ADMIN_REGION} creates her) adds a fresh municipality and
 * its first administrator; that administrator chooses her password and adds a team, a team lead, two professionals
 * with expertise, a provider organisation and a provider account linked to it. Then each logs in with the one-time
 * password, chooses a password and sees what belongs to the role, and not the administration; the provider, after a
 * professional's application was decided, sees its own allocation and nothing of another provider's.
 */
@IntegrationTest
class InstallationSetUpBrowserIntegrationTests {

	private static final AtomicInteger NEXT_CODE = new AtomicInteger(8200);

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;
	@Autowired UserAccounts accounts;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("Issue 14 (done when, item 2): a fresh municipality is set up through the screens and each account logs in")
	void setsUpAMunicipalityThroughTheScreens(int width) {
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		var code = NEXT_CODE.getAndIncrement();
		var tag = code + "-" + width;
		var regional = regionalAdministrator();

		// The regional administrator adds the municipality, through a check step, with a refused code first.
		browser.loginAs(regional);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeenten").setExact(true)).first().click();
		browser.checkPage("region-municipalities" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeente toevoegen")).click();
		page.getByLabel("CBS-code").fill(String.valueOf(code));
		page.getByLabel("Naam van de gemeente").fill("Maasdorp " + width);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page).hasTitle("Fout: Gemeente toevoegen – Jeugdregie");
		assertThat(page.locator("#foutmeldingen")).isFocused();
		assertThat(page.locator("#foutmeldingen")).containsText("GM met vier cijfers");
		browser.checkPage("region-municipality-error" + suffix);
		page.getByLabel("CBS-code").fill("GM" + code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Controleer de nieuwe gemeente");
		browser.checkPage("region-municipality-check" + suffix);
		// "Wijzigen" goes back to the form with what was typed; nothing is saved yet.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigen")).click();
		assertThat(page.getByLabel("CBS-code")).hasValue("GM" + code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gemeente toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Gemeente Maasdorp " + width + " is toegevoegd.");

		// ... and its first administrator, whose one-time password is shown once.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eerste applicatiebeheerder aanmaken")).click();
		var adminName = "fleur-" + tag;
		page.getByLabel("Gebruikersnaam").fill(adminName);
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Fleur Jansen");
		page.getByLabel("E-mailadres").fill(adminName + "@maasdorp.nl");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
		browser.checkPage("region-administrator-check" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Applicatiebeheerder aanmaken")).click();
		var adminPassword = page.locator(".jr-password").textContent();
		assertThat(adminPassword).hasSize(19);
		assertThat(page.locator("dl")).containsText("De gemeente beheert zelf haar gebruikers.");
		browser.checkPage("region-municipality" + suffix);
		// She sees no teams or users of any municipality.
		assertThat(browser.open("/beheer/gebruikers").status()).isEqualTo(403);
		browser.open("/");
		browser.logout();

		// The municipality's administrator chooses her password, then adds a team.
		firstLogin(adminName, adminPassword, "beheer van maasdorp " + width);
		browser.openMenu();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams").setExact(true)).first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		page.getByLabel("Naam van het team").fill("CJG Maasdorp");
		page.getByLabel("Wijken (niet verplicht)").fill("Centrum\nHaven");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Team toevoegen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Team CJG Maasdorp is toegevoegd.");

		// A team lead and two professionals with expertise; a provider account.
		var lead = addUser("sanne-" + tag, "Sanne de Wit", "TEAM_LEAD", "Veiligheid");
		var pro1 = addUser("noor-" + tag, "Noor Bakker", "YOUTH_PROFESSIONAL", "Opvoed- en opgroeiondersteuning");
		var pro2 = addUser("daan-" + tag, "Daan Smit", "YOUTH_PROFESSIONAL", "Jeugdpsychologie");
		var provider = addUser("zorg-" + tag, "Karin de Zorg", "PROVIDER", null);
		browser.open("/beheer/gebruikers");
		assertThat(page.locator("table")).containsText("Daan Smit");
		browser.checkPage("setup-users" + suffix);

		// The provider organisation (AGB code checked) and the account linked to it.
		browser.open("/toewijzing/aanbieders");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanbieder registreren")).click();
		page.getByLabel("Naam van de aanbieder").fill("Zorg aan de Maas " + width);
		page.getByLabel("AGB-code").fill("1234");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieder registreren")).click();
		assertThat(page).hasTitle("Fout: Aanbieder registreren – Jeugdregie");
		page.getByLabel("AGB-code").fill("98" + (100000 + Math.floorMod(UUID.randomUUID().hashCode(), 899999)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanbieder registreren")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Zorg aan de Maas " + width);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account koppelen aan deze aanbieder")).click();
		page.getByLabel("Gebruikersnaam van een account met de rol Aanbieder").fill(provider.username());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account koppelen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het account " + provider.username() + " werkt nu voor");
		browser.checkPage("setup-provider" + suffix);
		browser.logout();

		// Each logs in with the one-time password, chooses a password and sees what belongs to the role.
		firstLogin(lead.username(), lead.password(), "teamleider in maasdorp " + width);
		assertThat(page.locator("main")).containsText("Teamleider");
		assertThat(page.locator("main")).containsText("CJG Maasdorp");
		browser.open("/team");
		assertThat(page.locator("main")).containsText("Noor Bakker");
		assertThat(page.locator("main")).containsText("Jeugdpsychologie");
		browser.checkPage("setup-team-lead-team" + suffix);
		assertThat(browser.open("/beheer/gebruikers").status()).isEqualTo(403);
		browser.open("/");
		browser.logout();

		for (var professional : new Account[] { pro1, pro2 }) {
			firstLogin(professional.username(), professional.password(), "jeugdwerk in maasdorp " + width);
			assertThat(page.locator("main")).containsText("Jeugdprofessional");
			assertThat(page.locator("main")).containsText("CJG Maasdorp");
			assertThat(browser.open("/werklijst").status()).isEqualTo(200);
			assertThat(browser.open("/toewijzing/toewijzingen").status()).isEqualTo(403);
			browser.open("/");
			browser.logout();
		}

		// The provider's assignment: the first professional applies for specialised care for a child, and the
		// decision allocates ambulant care to this provider and day treatment to another one (TOEW-2, TOEW-9).
		var ownNumber = allocateToTheProvider(code, "Zorg aan de Maas " + width, pro1.username(),
				"jeugdwerk in maasdorp " + width);

		firstLogin(provider.username(), provider.password(), "zorg aan de maas " + width);
		assertThat(page.locator("main")).containsText("Aanbieder");
		browser.open("/toewijzing/toewijzingen");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Toewijzingen aan uw organisatie");
		// Its own allocation, and nothing of the other provider's.
		assertThat(page.locator("tbody tr")).hasCount(1);
		assertThat(page.locator("tbody th")).hasText(String.valueOf(ownNumber));
		assertThat(page.locator("tbody")).containsText("Ambulante begeleiding");
		assertThat(page.locator("main")).not().containsText("Dagbehandeling");
		browser.checkPage("setup-provider-allocations" + suffix);
		browser.open("/toewijzing/aanbieders");
		assertThat(page.locator("main")).containsText("Zorg aan de Maas " + width);
		assertThat(browser.open("/werklijst").status()).isEqualTo(403);
		browser.open("/");
		browser.logout();
	}

	/**
	 * The real allocation path for the walk's provider (as {@code AllocationBrowserIntegrationTests} walks it on the
	 * screens): a policy officer keeps the product list and contracts, the professional's help request gets an
	 * application through intake's lifecycle, and her arrangement with one line for this provider and one for another
	 * provider is agreed and decided through the API. Returns the number of this provider's allocation.
	 */
	private long allocateToTheProvider(int code, String providerName, String professional, String password) {
		try {
			var municipality = new MunicipalityCode(String.valueOf(code));
			var keeper = fixtures.user(Role.POLICY_OFFICER, municipality, null);
			var ambulant = id(create(keeper, "/api/v1/allocation/products", """
					{"category":"45","code":"45A01","name":"Ambulante begeleiding","unit":"04","frequency":"2"}"""));
			var dayTreatment = id(create(keeper, "/api/v1/allocation/products", """
					{"category":"45","code":"45A02","name":"Dagbehandeling","unit":"04","frequency":"2"}"""));
			var own = jdbc.sql("select id::text from allocation_provider where municipality_code = ? and name = ?")
					.params(municipality.value(), providerName).query(String.class).single();
			var other = id(create(keeper, "/api/v1/allocation/providers",
					"{\"name\":\"Andere Aanbieder\",\"agbCode\":\"98" + (100000 + code) + "\"}"));
			contract(keeper, own, ambulant);
			contract(keeper, other, dayTreatment);

			var author = accounts.find(professional).orElseThrow();
			var helpRequest = new Applications(registration, lifecycle, checklists, jdbc).applied(author, "999900018");
			var as = SecurityMockMvcRequestPostProcessors.httpBasic(professional, password);
			var arrangement = id(mvc.perform(json(as, MockMvcRequestBuilders.post("/api/v1/allocation/arrangements"),
					"{\"helpRequestId\":\"" + helpRequest + "\"}")).andReturn().getResponse().getContentAsString());
			var version = 0;
			for (var line : new String[][] { { ambulant, own }, { dayTreatment, other } }) {
				var response = mvc.perform(json(as, MockMvcRequestBuilders.post("/api/v1/allocation/arrangements/{id}/lines",
						arrangement).header("If-Match", "\"" + version++ + "\""), """
						{"productId":"%s","providerId":"%s","volume":"2","validFrom":"2026-12-01","validUntil":"2027-05-31",
						 "goal":"Minder angst, weer naar school"}""".formatted(line[0], line[1]))).andReturn().getResponse();
				assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
			}
			var agreed = mvc.perform(json(as, MockMvcRequestBuilders.post("/api/v1/allocation/arrangements/{id}/agreement",
					arrangement).header("If-Match", "\"" + version++ + "\""), "{\"agreedOn\":\"2026-11-16\"}")).andReturn().getResponse();
			assertThat(agreed.getStatus()).as(agreed.getContentAsString()).isEqualTo(200);
			var decided = mvc.perform(json(as, MockMvcRequestBuilders.post("/api/v1/allocation/arrangements/{id}/decision",
					arrangement).header("If-Match", "\"" + version + "\""), "{\"legalRoute\":\"ACCESS_TEAM\",\"financing\":\"IN_KIND\"}"))
					.andReturn().getResponse();
			assertThat(decided.getStatus()).as(decided.getContentAsString()).isEqualTo(201);
			return jdbc.sql("select number from allocation_allocation where municipality_code = ? and provider_id = ?::uuid")
					.params(municipality.value(), own).query(Long.class).single();
		} catch (Exception e) {
			throw new IllegalStateException("Could not allocate care to " + providerName, e);
		}
	}

	private void contract(CurrentUser keeper, String provider, String product) throws Exception {
		var contract = id(create(keeper, "/api/v1/allocation/providers/" + provider + "/contracts", """
				{"productIds":["%s"],"procurementRoute":"TENDERED","inRegion":true,"bridgingCare":true,
				 "terms":"Overbruggingszorg binnen 2 weken.","validFrom":"2026-01-01","validUntil":"2027-12-31"}"""
				.formatted(product)));
		create(keeper, "/api/v1/allocation/contracts/" + contract + "/tariffs", """
				{"productId":"%s","amount":"84,50","effectiveFrom":"2026-01-01","effectiveUntil":""}""".formatted(product));
	}

	/** A POST as the keeper that must create something (201); its answer. */
	private String create(CurrentUser keeper, String path, String body) throws Exception {
		var response = mvc.perform(json(TestFixtures.api(keeper), MockMvcRequestBuilders.post(path), body)).andReturn()
				.getResponse();
		assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(201);
		return response.getContentAsString();
	}

	private static MockHttpServletRequestBuilder json(RequestPostProcessor as, MockHttpServletRequestBuilder request,
			String body) {
		return request.with(as).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String id(String json) {
		return JsonPath.read(json, "$.id");
	}

	/** An account added on the screens, with the one-time password shown once. */
	private record Account(String username, String password) {}

	private Account addUser(String username, String name, String role, @org.jspecify.annotations.Nullable String expertise) {
		var page = browser.page();
		browser.open("/beheer/gebruikers/nieuw");
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("E-mailadres").fill(username + "@maasdorp.nl");
		page.getByLabel("Rol").selectOption(role);
		if (expertise != null) {
			page.getByLabel("Team").selectOption(new SelectOption().setLabel("CJG Maasdorp"));
			page.getByLabel(expertise).check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker toevoegen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		var password = page.locator(".jr-password").textContent();
		assertThat(password).hasSize(19);
		return new Account(username, password);
	}

	/**
	 * The first login: the one-time password, the second login step when the role needs it (an administrator sets up
	 * her app first, ADR 0040), then one's own password, then the start page.
	 */
	private void firstLogin(String username, String oneTimePassword, String newPassword) {
		var page = browser.page();
		browser.submitLogin(username, oneTimePassword);
		browser.passSecondStep(username);
		assertThat(browser.path()).isEqualTo("/wachtwoord");
		page.getByLabel("Eenmalig wachtwoord").fill(oneTimePassword);
		page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
		page.getByLabel("Nieuw wachtwoord nog een keer").fill(newPassword);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw nieuwe wachtwoord is opgeslagen.");
		browser.logout();
		browser.loginAs(username, newPassword);
	}

	private CurrentUser regionalAdministrator() {
		var world = fixtures.newWorld();
		var region = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into region (code, name) values (?, ?)").params(region, "Testregio " + region).update();
		jdbc.sql("update municipality set region_code = ? where code = ?").params(region, world.municipality().value())
				.update();
		return fixtures.user(Role.REGIONAL_ADMINISTRATOR, world.municipality(), null);
	}
}
