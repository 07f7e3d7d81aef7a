package nl.jeugdregie.signin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestAuthenticatorApp;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 3 (ADR 0040) in a real browser at 390 and 1280 px: the administrator sets up the app, logs out, and
 * logs in again with a code; every page checked with axe-core and saved under target/screenshots.
 */
@IntegrationTest
class SecondFactorBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;

	@ParameterizedTest
	@ValueSource(ints = { 390, 1280 })
	@DisplayName("Issue 14.3: the administrator sets up the app, logs out and logs in with a code from it")
	void enrolsLogsOutAndLogsInWithACode(int width) {
		var admin = fixtures.user(Role.ADMINISTRATOR, fixtures.newWorld().municipality(), null);
		var page = browser.page();
		page.setViewportSize(width, 844);

		browser.submitLogin(admin.username(), TestFixtures.PASSWORD);
		assertThat(browser.path()).isEqualTo("/tweede-stap/instellen");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Inloggen met een code instellen");
		fitsTheScreen(page, width);
		browser.checkPage("second-factor-enrol-" + width);
		// A wrong code first: the error summary and the field's message.
		page.getByLabel("Code uit de app").fill("123");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("App instellen")).click();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
		assertThat(page.locator("#foutmeldingen")).isFocused();
		browser.checkPage("second-factor-enrol-error-" + width);
		browser.passSecondStep(admin.username());
		assertThat(browser.path()).isEqualTo("/");
		assertThat(TestAuthenticatorApp.knows(admin.username())).isTrue();

		browser.logout();
		browser.submitLogin(admin.username(), TestFixtures.PASSWORD);
		assertThat(browser.path()).isEqualTo("/tweede-stap");
		fitsTheScreen(page, width);
		browser.checkPage("second-factor-code-" + width);
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
				.fill(TestAuthenticatorApp.nextCode(admin.username(), browser.clock()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
		page.waitForURL(browser.baseUrl() + "/");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tweede stap bij inloggen: wie een code gebruikt, en herstellen")).click();
		assertThat(page.locator(".jr-records")).containsText(admin.username());
		fitsTheScreen(page, width);
		browser.checkPage("second-factor-admin-" + width);
	}

	private static void fitsTheScreen(Page page, int width) {
		var scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width at %d px", width).isLessThanOrEqualTo(width);
	}
}
