package nl.jeugdregie.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.options.AriaRole;
import java.util.Base64;
import java.util.UUID;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.NewUserAccount;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 item 5: single sign-on with OpenID Connect against a real Keycloak (its Maven Central distribution,
 * started by the test). Staff log in at the provider and continue as their product account; logging out ends the
 * provider's session too; the API takes the provider's access tokens for people and systems and refuses others.
 */
@IntegrationTest
class SingleSignOnIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();

	@Autowired TestFixtures fixtures;
	@Autowired UserAccounts accounts;
	@Autowired MockMvc mvc;
	@Autowired JdbcClient jdbc;

	static Keycloak keycloak;

	@BeforeAll
	static void startKeycloak() {
		keycloak = Keycloak.instance();
	}

	@Test
	void aProfessionalLogsInAtTheMunicipalitysProviderAndOutAgainEndingBothSessions() {
		var world = fixtures.newWorld();
		setUpProvider(world.municipality(), true);
		var username = uniqueName("sso");
		accounts.create(new NewUserAccount(username, TestFixtures.PASSWORD, "Sanne Single", Role.YOUTH_PROFESSIONAL,
				world.municipality(), world.team().id()));
		keycloak.addUser(username, "kc-wachtwoord-123");
		browser.ignoreConsoleOf(keycloak.origin());

		browser.open("/inloggen");
		var link = browser.page().getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Inloggen via Keycloak " + world.municipality().value()));
		link.click();
		browser.page().waitForURL(url -> url.startsWith(keycloak.origin()));
		browser.screenshot("sso-keycloak-login");
		browser.page().locator("#username").fill(username);
		browser.page().locator("#password").fill("kc-wachtwoord-123");
		browser.page().locator("#kc-login").click();
		browser.page().waitForURL(browser.baseUrl() + "/");

		assertThat(browser.page().locator(".jr-user__name")).satisfies(name ->
				com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(name).hasText("Sanne Single"));
		browser.checkPage("sso-logged-in");
		assertThat(jdbc.sql("select count(*) from audit_event where actor_username = ? and action = 'LOGIN_SUCCEEDED'")
				.param(username).query(Long.class).single()).isEqualTo(1);

		browser.page().getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
				.setName("Uitloggen").setExact(true)).click();
		browser.page().waitForURL(browser.baseUrl() + "/inloggen?uitgelogd");

		// The provider's session ended too: logging in again asks for the password at Keycloak.
		browser.open("/oauth2/authorization/gemeente-" + world.municipality().value());
		browser.page().waitForURL(url -> url.startsWith(keycloak.origin()));
		assertThat(browser.page().locator("#password").isVisible()).isTrue();
	}

	@Test
	void someoneWithoutAnAccountInTheMunicipalityIsRefusedAfterTheProvider() {
		var world = fixtures.newWorld();
		setUpProvider(world.municipality(), true);
		var stranger = uniqueName("vreemd");
		keycloak.addUser(stranger, "kc-wachtwoord-123");
		browser.ignoreConsoleOf(keycloak.origin());

		browser.open("/oauth2/authorization/gemeente-" + world.municipality().value());
		browser.page().waitForURL(url -> url.startsWith(keycloak.origin()));
		browser.page().locator("#username").fill(stranger);
		browser.page().locator("#password").fill("kc-wachtwoord-123");
		browser.page().locator("#kc-login").click();
		browser.page().waitForURL(browser.baseUrl() + "/inloggen?sso-fout");

		assertThat(browser.page().getByRole(AriaRole.ALERT).textContent()).contains("Inloggen via uw organisatie is niet gelukt");
		browser.checkPage("sso-refused");
	}

	@Test
	void theApiTakesAccessTokensOfTheProviderForPeopleAndSystemsAndRefusesOthers() throws Exception {
		var world = fixtures.newWorld();
		setUpProvider(world.municipality(), true);
		var username = uniqueName("api");
		accounts.create(new NewUserAccount(username, TestFixtures.PASSWORD, "Api Persoon", Role.YOUTH_PROFESSIONAL,
				world.municipality(), world.team().id()));
		keycloak.addUser(username, "kc-wachtwoord-123");
		if (!accounts.exists("jeugdregie-systeem")) {
			accounts.create(new NewUserAccount("jeugdregie-systeem", UUID.randomUUID().toString(), "Koppeling",
					Role.TEAM_LEAD, world.municipality(), world.team().id()));
		}

		var person = keycloak.passwordToken(username, "kc-wachtwoord-123");
		mvc.perform(get("/api/v1/worklist").header("Authorization", "Bearer " + person))
				.andExpect(status().isOk()).andExpect(jsonPath("$.team").value(world.team().name()));

		var system = keycloak.clientCredentialsToken("jeugdregie-systeem", "jeugdregie-systeem-secret");
		mvc.perform(get("/api/v1/worklist").header("Authorization", "Bearer " + system)).andExpect(status().isOk());

		// A token for another audience, from an issuer nobody set up, or tampered with: 401 with problem+json.
		var otherAudience = keycloak.clientCredentialsToken("ander-systeem", "ander-systeem-secret");
		refused(otherAudience);
		refused(unsigned("http://localhost:1/realms/onbekend", username));
		refused(person.substring(0, person.lastIndexOf('.') + 1) + "bm90LXRoZS1zaWduYXR1cmU");
	}

	@Test
	void aMunicipalityThatSwitchedOffPasswordsLetsNobodyInWithOneButKeepsApiTokens() throws Exception {
		var world = fixtures.newWorld();
		var admin = setUpProvider(world.municipality(), false);
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());

		browser.submitLogin(professional.username(), TestFixtures.PASSWORD);
		assertThat(browser.path()).isEqualTo("/inloggen?error");
		mvc.perform(get("/api/v1/worklist").with(httpBasic(professional.username(), TestFixtures.PASSWORD)))
				.andExpect(status().isUnauthorized());

		// The administrator can switch passwords back on only with the provider's own account... through the
		// provider; here the settings are changed directly, as an administrator of another way in would.
		mvc.perform(get("/api/v1/admin/identity-provider").with(httpBasic(admin.username(), TestFixtures.PASSWORD)))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesSettingsThatAreIncompleteOrWouldLockEveryoneOutAndSavesNothing() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);

		mvc.perform(put("/api/v1/admin/identity-provider").with(TestFixtures.api(admin))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"displayName":"","issuer":"ftp://x","clientId":"","enabled":false,"localLoginEnabled":false}"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
						"displayName", "issuer", "clientId", "clientSecret", "localLoginEnabled")));
		assertThat(jdbc.sql("select count(*) from identity_provider where municipality_code = ?")
				.param(world.municipality().value()).query(Long.class).single()).isZero();
	}

	private CurrentUser setUpProvider(MunicipalityCode municipality, boolean localLogin) {
		var admin = fixtures.user(Role.ADMINISTRATOR, municipality, null);
		try {
			mvc.perform(put("/api/v1/admin/identity-provider").with(TestFixtures.api(admin))
							.contentType(MediaType.APPLICATION_JSON)
							.content("""
									{"displayName":"Keycloak %s","issuer":"%s","clientId":"%s","clientSecret":"%s",
									 "enabled":true,"localLoginEnabled":%s}""".formatted(municipality.value(),
									keycloak.issuer(), Keycloak.CLIENT, Keycloak.CLIENT_SECRET, localLogin)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.clientSecretSet").value(true))
					.andExpect(jsonPath("$.clientSecret").doesNotExist());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return admin;
	}

	private void refused(String token) throws Exception {
		mvc.perform(get("/api/v1/worklist").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.title").value("Niet ingelogd"));
	}

	private static String unsigned(String issuer, String username) {
		var encoder = Base64.getUrlEncoder().withoutPadding();
		var header = encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes());
		var claims = encoder.encodeToString(("{\"iss\":\"" + issuer + "\",\"preferred_username\":\"" + username
				+ "\",\"aud\":\"jeugdregie\",\"exp\":4102444800}").getBytes());
		return header + "." + claims + "." + encoder.encodeToString("x".getBytes());
	}

	private static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
