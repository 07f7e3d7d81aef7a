package nl.jeugdregie.signin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator unlocks an account and issues and revokes an API token in a real browser, on a phone (390 px)
 * and a desktop (1280 px). Every page is checked with axe-core and saved under target/screenshots.
 */
@IntegrationTest
class SigninBrowserIntegrationTests {

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired MockMvc mvc;

	@ParameterizedTest
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("Issue 19.4 and 19.5: the administrator lifts a lock, and issues a token shown once, then revokes it")
	void unlocksAnAccountAndIssuesAndRevokesAToken(int width) throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var worker = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var address = "10.19.6." + NEXT_ADDRESS.getAndIncrement();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/inloggen").param("username", worker.username()).param("password", "fout-wachtwoord-99")
					.with(csrf()).with(request -> {
						request.setRemoteAddr(address);
						return request;
					}));
		}
		var page = browser.page();
		page.setViewportSize(width, 844);
		browser.loginAs(admin);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergrendelde accounts bekijken en ontgrendelen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Vergrendelde accounts");
		assertThat(page.locator(".jr-records")).containsText(worker.username());
		fitsTheScreen(page, width);
		browser.checkPage("signin-locked-accounts-" + width);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
				.setName(worker.displayName() + " (" + worker.username() + ") ontgrendelen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het account " + worker.username() + " is ontgrendeld.");
		assertThat(page.locator("main")).containsText("Er zijn nu geen vergrendelde accounts in uw gemeente.");
		browser.checkPage("signin-locked-accounts-unlocked-" + width);

		browser.open("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-sleutels voor andere systemen maken en intrekken")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel maken")).click();
		assertThat(page).hasTitle("Fout: API-sleutels – Jeugdregie");
		assertThat(page.locator("#foutmeldingen")).isFocused();
		assertThat(page.locator("#foutmeldingen")).containsText("Vul de gebruikersnaam van het account in.");
		fitsTheScreen(page, width);
		browser.checkPage("signin-api-tokens-refused-" + width);

		page.getByLabel("Gebruikersnaam van het account (verplicht)").fill(worker.username());
		page.getByLabel("Waarvoor is de sleutel? (verplicht)").fill("Koppeling met het zaaksysteem");
		page.getByLabel("Aantal dagen geldig").fill("30");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel maken")).click();
		var token = page.locator("#nieuwe-sleutel").textContent();
		org.assertj.core.api.Assertions.assertThat(token).matches("jr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("u ziet hem maar één keer");
		assertThat(page.locator(".jr-records")).containsText("Koppeling met het zaaksysteem");
		fitsTheScreen(page, width);
		browser.checkPage("signin-api-tokens-issued-" + width);

		browser.open("/beheer/api-tokens");
		assertThat(page.locator("#nieuwe-sleutel")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(token);

		var id = token.substring(3, 19);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sleutel " + id + " intrekken")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("API-sleutel intrekken?");
		fitsTheScreen(page, width);
		browser.checkPage("signin-api-token-revoke-" + width);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sleutel intrekken")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De sleutel " + id + " is ingetrokken.");
		assertThat(page.locator(".jr-records")).containsText("Ingetrokken op 16-11-2026");
		browser.checkPage("signin-api-tokens-revoked-" + width);
	}

	private static void fitsTheScreen(Page page, int width) {
		var scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(width);
	}
}
