package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.jeugdregie.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Drives the running application in Debian's headless Chromium, for {@link IntegrationTest}s that check what a
 * user really sees. Register it in a test class with
 * {@code @RegisterExtension final BrowserSession browser = new BrowserSession();}.
 *
 * <p>One Chromium runs per test JVM (started on first use, closed when the JVM ends); every test gets its own
 * browser context and page, so cookies and sessions never leak between tests. The base URL comes from the
 * Spring test context's random port.
 *
 * <p>{@link #checkPage(String)} saves a full-page screenshot under {@code target/screenshots} and fails the test
 * on any WCAG 2.1 A/AA violation that axe-core finds. Console errors (such as Content-Security-Policy
 * violations or failed asset requests) fail the test at the next {@code checkPage} and at the end of the test.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

	/** Debian's Chromium; Playwright never downloads a browser of its own. */
	public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run",
			"--disable-component-update", "--disable-sync");
	private static final double TIMEOUT_MILLIS = 15_000;
	private static final double CONSOLE_SETTLE_MILLIS = 100;
	private static final Pattern FAILED_RESOURCE = Pattern.compile("^Failed to load resource: .*status of \\d{3}");
	private static final Pattern LINE_AND_COLUMN = Pattern.compile(":\\d+:\\d+$");

	private static @Nullable Playwright playwright;
	private static @Nullable Browser browser;

	private @Nullable String baseUrl;
	private @Nullable Clock clock;
	private @Nullable BrowserContext context;
	private @Nullable Page page;
	private final List<String> consoleErrors = new ArrayList<>();
	private final List<String> foreignOrigins = new ArrayList<>();
	private final Set<String> documentUrls = new HashSet<>();

	@Override
	public void beforeEach(ExtensionContext extensionContext) {
		var port = SpringExtension.getApplicationContext(extensionContext).getEnvironment()
				.getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("BrowserSession needs a running server: use it on an @IntegrationTest "
					+ "(@SpringBootTest with webEnvironment RANDOM_PORT).");
		}
		baseUrl = "http://localhost:" + port;
		clock = SpringExtension.getApplicationContext(extensionContext).getBean(Clock.class);
		consoleErrors.clear();
		documentUrls.clear();
		context = browser().newContext(new Browser.NewContextOptions()
				.setBaseURL(baseUrl)
				.setLocale("nl-NL")
				.setTimezoneId("Europe/Amsterdam")
				.setViewportSize(1280, 800));
		context.setDefaultTimeout(TIMEOUT_MILLIS);
		context.setDefaultNavigationTimeout(TIMEOUT_MILLIS);
		page = context.newPage();
		page.onResponse(response -> {
			if (response.request().isNavigationRequest() && response.frame().parentFrame() == null) {
				documentUrls.add(response.url());
			}
		});
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !isStatusOfADocument(message.text(), message.location())
					&& foreignOrigins.stream().noneMatch(origin -> message.location().startsWith(origin))) {
				consoleErrors.add(message.text() + " (" + message.location() + ")");
			}
		});
		page.onPageError(error -> consoleErrors.add("Uncaught error: " + error));
	}

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		try {
			if (extensionContext.getExecutionException().isEmpty()) {
				assertNoConsoleErrors();
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
			context = null;
			page = null;
		}
	}

	/** The page of this test, for Playwright's own locators and assertions. */
	public Page page() {
		if (page == null) {
			throw new IllegalStateException("BrowserSession is used outside a test: register it with @RegisterExtension.");
		}
		return page;
	}

	/** The root URL of the application under test, such as {@code http://localhost:41234}. */
	public String baseUrl() {
		if (baseUrl == null) {
			throw new IllegalStateException("BrowserSession is used outside a test: register it with @RegisterExtension.");
		}
		return baseUrl;
	}

	/** Opens a path of the application, such as {@code /werklijst}, and returns the response of the document. */
	public Response open(String path) {
		var response = page().navigate(baseUrl() + path);
		assertThat(response).as("response to GET %s", path).isNotNull();
		return response;
	}

	/**
	 * Ignores console errors of pages of another site the test passes through (such as an identity provider's login
	 * page): they are not this application's.
	 */
	public void ignoreConsoleOf(String origin) {
		foreignOrigins.add(origin);
	}

	/** Logs in through the real login form and waits for the start page. */
	public void loginAs(CurrentUser user) {
		loginAs(user.username(), TestFixtures.PASSWORD);
	}

	/**
	 * Logs in through the real login form with these credentials and waits for the start page. An account that needs
	 * the second login step (ADR 0040) goes through it as a person would: setting up the app the first time (the test
	 * app reads the secret from the page), typing the app's code after that.
	 */
	public void loginAs(String username, String password) {
		submitLogin(username, password);
		passSecondStep(username);
		assertThat(path()).as("page after logging in as %s (wrong password, or no access?)", username).isEqualTo("/");
	}

	/** Opens the login page and submits it with these credentials, without expecting success. */
	public void submitLogin(String username, String password) {
		open("/inloggen");
		var page = page();
		page.getByLabel("Gebruikersnaam").fill(username);
		page.getByLabel("Wachtwoord").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
		page.waitForLoadState();
	}

	/** Sets up or types the code of the second login step when the page after the password asks for it. */
	public void passSecondStep(String username) {
		var page = page();
		if (path().equals("/tweede-stap/instellen")) {
			TestAuthenticatorApp.enrol(username, page.locator("#sleutel").textContent());
			page.getByLabel("Code uit de app").fill(TestAuthenticatorApp.nextCode(username, clock()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("App instellen")).click();
			page.waitForLoadState();
		}
		else if (path().equals("/tweede-stap")) {
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
					.fill(TestAuthenticatorApp.nextCode(username, clock()));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
			page.waitForLoadState();
		}
	}

	/** The application's clock (it stands still in tests), for the codes of the test authenticator app. */
	public Clock clock() {
		if (clock == null) {
			throw new IllegalStateException("BrowserSession is used outside a test: register it with @RegisterExtension.");
		}
		return clock;
	}

	/** Logs out with the button in the page header and waits for the login page. */
	public void logout() {
		var page = page();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true)).click();
		page.waitForURL(baseUrl() + "/inloggen?uitgelogd");
	}

	/**
	 * Opens the main menu when it is folded behind the "Menu" button (small screens, issue 13 item 4), so its links
	 * can be clicked; on wide screens the menu is always open and this does nothing.
	 */
	public void openMenu() {
		var menu = page().locator("#menu");
		if (menu.count() == 0) {
			return;
		}
		// After a resize the page closes the menu on its media query's change event, which may come after this
		// call: wait until the menu follows the width (or the user opened it), then open it.
		page().waitForFunction("""
				() => { const m = document.getElementById('menu');
				  return window.matchMedia('(min-width: 64rem)').matches ? m.open : (!m.open || m.hasAttribute('data-user-opened')); }""");
		if (menu.getAttribute("open") == null) {
			menu.locator("summary").click();
		}
	}

	/** The path (with query) of the current page, such as {@code /inloggen?error}. */
	public String path() {
		var url = page().url();
		return url.startsWith(baseUrl()) ? url.substring(baseUrl().length()) : url;
	}

	/**
	 * Saves a full-page screenshot to {@code target/screenshots/<name>.png}, then fails the test if the page
	 * has a WCAG 2.1 A/AA violation or has written an error to the browser console.
	 */
	public void checkPage(String name) {
		var page = page();
		page.waitForLoadState();
		screenshot(name);
		var results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check page '" + name + "' (" + page.url() + "): "
					+ results.getErrorMessage());
		}
		if (!results.getViolations().isEmpty()) {
			throw new AssertionError("Page '" + name + "' (" + page.url() + ") has "
					+ results.getViolations().size() + " accessibility violation(s); see " + screenshotPath(name)
					+ "\n" + describe(results.getViolations()));
		}
		assertNoConsoleErrors();
		var layout = String.valueOf(page.evaluate(LAYOUT_PROBLEMS));
		if (!layout.isEmpty()) {
			throw new AssertionError("Page '" + name + "' (" + page.url() + ") is out of shape at "
					+ page.viewportSize().width + " px; see " + screenshotPath(name) + ": " + layout);
		}
	}

	/**
	 * What is out of shape in a page's layout, or empty: the content column lines up with the header's (one width
	 * for both) and starts right under it, also on a short page (the body grows to keep the footer down); an alert
	 * reads top to bottom (its heading above its text, not beside it).
	 */
	private static final String LAYOUT_PROBLEMS = """
			() => {
			  const problems = [];
			  const header = document.querySelector('.jr-header__inner');
			  const content = document.querySelector('.jr-content');
			  if (header && content) {
			    const h = header.getBoundingClientRect(), c = content.getBoundingClientRect();
			    if (Math.abs(c.left - h.left) > 1 || Math.abs(c.right - h.right) > 1) {
			      problems.push('content ' + Math.round(c.left) + '-' + Math.round(c.right) + ' px, header '
			          + Math.round(h.left) + '-' + Math.round(h.right) + ' px');
			    }
			    const below = c.top - header.parentElement.getBoundingClientRect().bottom;
			    if (below > 16 && !document.querySelector('.jr-session-warning--shown')) {
			      problems.push('the content starts ' + Math.round(below) + ' px below the header');
			    }
			  }
			  for (const alert of document.querySelectorAll('.jr-content .utrecht-alert')) {
			    const parts = [...alert.children].filter(e => e.getClientRects().length > 0);
			    for (let i = 1; i < parts.length; i++) {
			      if (parts[i].getBoundingClientRect().top < parts[i - 1].getBoundingClientRect().bottom - 1) {
			        problems.push('an alert shows "' + parts[i].textContent.trim().slice(0, 40) + '" beside "'
			            + parts[i - 1].textContent.trim().slice(0, 40) + '"');
			        break;
			      }
			    }
			  }
			  return problems.join('; ');
			}""";

	/** Saves a full-page screenshot to {@code target/screenshots/<name>.png} and returns its path. */
	public Path screenshot(String name) {
		var path = screenshotPath(name);
		try {
			Files.createDirectories(path.getParent());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		page().screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
		return path;
	}

	/** Fails when the browser console has shown an error since the test began. */
	public void assertNoConsoleErrors() {
		if (page != null && !page.isClosed()) {
			// Lets Playwright deliver console messages that are still on their way from the browser.
			page.waitForTimeout(CONSOLE_SETTLE_MILLIS);
		}
		if (!consoleErrors.isEmpty()) {
			var errors = List.copyOf(consoleErrors);
			consoleErrors.clear();
			throw new AssertionError("The browser console showed " + errors.size() + " error(s):\n  - "
					+ String.join("\n  - ", errors));
		}
	}

	private static Path screenshotPath(String name) {
		if (!name.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("Use letters, digits, '.', '_' and '-' in a page name: " + name);
		}
		return SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
	}

	/**
	 * Chromium logs every HTTP error status, also that of the page itself (a 403 or 404 page a test opens on
	 * purpose). Those are what the test checks; only failed sub-resources (styles, scripts, images) count.
	 */
	private boolean isStatusOfADocument(String text, @Nullable String location) {
		if (!FAILED_RESOURCE.matcher(text).find() || location == null) {
			return false;
		}
		var url = LINE_AND_COLUMN.matcher(location).replaceFirst("");
		return documentUrls.contains(url);
	}

	static String describe(List<Rule> violations) {
		return violations.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "]: " + rule.getHelp()
				+ " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream().map(BrowserSession::describe)
						.collect(Collectors.joining("\n")))
				.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		var summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ").trim();
		return "    at " + node.getTarget() + (summary.isEmpty() ? "" : ": " + summary);
	}

	private static synchronized Browser browser() {
		if (browser != null && browser.isConnected()) {
			return browser;
		}
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
					+ ", which is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium "
					+ "(.ci/run does this).");
		}
		if (playwright == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
					.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Runtime.getRuntime().addShutdownHook(new Thread(BrowserSession::shutDown, "browser-session-shutdown"));
		}
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
				.setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS)
				.setTimeout(60_000));
		return browser;
	}

	private static synchronized void shutDown() {
		try {
			if (browser != null) {
				browser.close();
			}
		}
		finally {
			if (playwright != null) {
				playwright.close();
			}
			browser = null;
			playwright = null;
		}
	}
}
