package nl.jeugdregie.findability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.jeugdregie.BrowserSession;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * VIND-2 (issue 17, ADR 0041) in a real browser, checked by axe (WCAG 2.1 AA) at 1280 and 390 px: the editor adds an
 * organisation with a location and a service, the provider named as its keeper keeps that entry, the editor withdraws
 * the service and brings it back, and the public social map hides and shows it accordingly.
 */
@IntegrationTest
class SocialMapKeepingBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationContext context;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("VIND-2: the editor adds an organisation, location and service; the provider keeps it; withdrawn and brought back, the public map follows")
	void keepsTheSocialMapOnScreen(int width) {
		var site = PublicSiteWorlds.of(context).newSite();
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		var editor = fixtures.user(Role.EDITOR, site.world().municipality(), null);

		// The editor adds an organisation kept by the site's provider, with a location and a service.
		browser.loginAs(editor);
		browser.open("/beheer/sociale-kaart/organisaties");
		browser.checkPage("social-map-organisations" + suffix);
		link("Organisatie toevoegen").click();
		button("Opslaan").click();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: Organisatie toevoegen"));
		browser.checkPage("social-map-organisation-error" + suffix);
		page.getByLabel("Naam van de organisatie").fill("Speeltuinwerk Het Hof");
		page.getByLabel("Omschrijving (niet verplicht)").fill("Speeltuinen in de wijk, open voor alle kinderen.");
		page.getByLabel("Account van de aanbieder dat dit beheert (niet verplicht)").fill(site.provider());
		button("Opslaan").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De organisatie is toegevoegd");
		assertThat(heading()).hasText("Speeltuinwerk Het Hof");
		link("Locatie toevoegen").click();
		page.getByLabel("Naam van de locatie").fill("Speeltuin Het Hof");
		page.getByLabel("Straat en huisnummer").fill("Hofweg 4");
		page.getByLabel("Postcode").fill("5341 CD");
		page.getByLabel("Plaats").fill("Testdorp");
		page.getByLabel("Wijk").fill("Noord");
		browser.checkPage("social-map-location-form" + suffix);
		button("Opslaan").click();
		assertThat(page.locator("main")).containsText("Speeltuin Het Hof, Hofweg 4, 5341 CD Testdorp (wijk Noord)");
		link("Aanbod toevoegen").click();
		page.getByLabel("Naam van het aanbod").fill("Speelmiddag");
		page.getByLabel("Omschrijving", new Page.GetByLabelOptions().setExact(true))
				.fill("Elke woensdagmiddag samen spelen. Gratis.");
		page.getByLabel("Leeftijd vanaf (jaren)").fill("4");
		page.getByLabel("Leeftijd tot en met (jaren)").fill("12");
		page.getByLabel("Vrije tijd en meedoen").check();
		page.getByLabel("Speeltuin Het Hof (wijk Noord)").check();
		browser.checkPage("social-map-service-form" + suffix);
		button("Aanbod toevoegen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("staat op de sociale kaart");
		browser.checkPage("social-map-organisation" + suffix);
		browser.open(site.home() + "/sociale-kaart?zoek=speelmiddag");
		assertThat(page.locator("main")).containsText("Speelmiddag");
		signOut();

		// The provider keeps its own entry: it changes the description, which confirms it today.
		browser.loginAs(site.provider(), TestFixtures.PASSWORD);
		browser.open("/beheer/sociale-kaart/organisaties");
		assertThat(page.locator("main")).containsText("Speeltuinwerk Het Hof");
		assertThat(page.locator("main")).not().containsText("Opvoedpunt De Brug");
		link("Speeltuinwerk Het Hof").click();
		link("Speelmiddag").click();
		page.getByLabel("Omschrijving", new Page.GetByLabelOptions().setExact(true))
				.fill("Elke woensdagmiddag en zaterdagochtend samen spelen. Gratis.");
		browser.checkPage("social-map-provider-service" + suffix);
		button("Opslaan en bevestigen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("vandaag bevestigd");
		browser.open(site.home() + "/sociale-kaart?zoek=speelmiddag");
		assertThat(page.locator("main")).containsText("zaterdagochtend");
		signOut();

		// The editor withdraws the service after a check step: it leaves the public map.
		browser.loginAs(editor);
		browser.open("/beheer/sociale-kaart/organisaties");
		link("Speeltuinwerk Het Hof").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intrekken Speelmiddag")).click();
		assertThat(heading()).hasText("Speelmiddag intrekken?");
		browser.checkPage("social-map-withdraw" + suffix);
		button("Ja, intrekken").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ingetrokken");
		browser.open(site.home() + "/sociale-kaart?zoek=speelmiddag");
		assertThat(page.locator("main")).not().containsText("Speelmiddag");

		// ... and brings it back after a check step: it is on the public map again.
		browser.open("/beheer/sociale-kaart/organisaties");
		assertThat(page.locator("main")).containsText("Aanbod: Speelmiddag (Speeltuinwerk Het Hof)");
		browser.checkPage("social-map-withdrawn-list" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terugzetten Speelmiddag")).click();
		assertThat(heading()).hasText("Speelmiddag terugzetten?");
		browser.checkPage("social-map-restore" + suffix);
		button("Ja, terugzetten").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Teruggezet");
		browser.checkPage("social-map-restored" + suffix);
		browser.open(site.home() + "/sociale-kaart?zoek=speelmiddag");
		assertThat(page.locator("main")).containsText("Speelmiddag");
		browser.checkPage("social-map-public-restored" + suffix);
		org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
				"document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
	}

	/** The public pages have no staff header: log out from a staff page. */
	private void signOut() {
		browser.open("/beheer/sociale-kaart");
		browser.logout();
	}

	private com.microsoft.playwright.Locator link(String name) {
		return browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private com.microsoft.playwright.Locator button(String name) {
		return browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private com.microsoft.playwright.Locator heading() {
		return browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}
}
