package nl.jeugdregie.findability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
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
 * VIND-1, VIND-2, VIND-3, TOE-2 in a real browser, checked by axe (WCAG 2.1 AA) at 1280 and 390 px; every public
 * page also fits 320 px without scrolling sideways. No JavaScript is needed: the public pages load none.
 */
@IntegrationTest
class PublicSiteBrowserIntegrationTests {

	@RegisterExtension final BrowserSession browser = new BrowserSession();
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationContext context;

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("VIND-2, VIND-3, TOE-2: a resident finds a service on the social map and asks for help online; the request is on the team's worklist")
	void aResidentFindsAServiceAndAsksForHelp(int width) {
		var site = PublicSiteWorlds.of(context).newSite();
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;

		browser.open(site.home());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welkom bij");
		assertThat(page.locator("script")).hasCount(0);
		browser.checkPage("public-home" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huilen en slapen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Huilen en slapen");
		browser.checkPage("public-information-page" + suffix);

		// VIND-2: the social map, searched with a Dutch word.
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sociale kaart")).click();
		page.getByLabel("Zoekwoord").fill("opvoeding");
		page.getByLabel("Wijk").selectOption("Noord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(page.locator("#resultaten")).hasText("1 resultaat");
		browser.checkPage("public-social-map" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cursus Positief Opvoeden")).click();
		assertThat(page.locator("dl")).containsText("Laatst bevestigd");
		browser.checkPage("public-service" + suffix);

		// VIND-3: the online form, first sent empty.
		page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Hulp vragen")).click();
		browser.checkPage("public-request-form" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag versturen")).click();
		assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: Hulp vragen"));
		assertThat(page.locator("#foutmeldingen")).containsText("Kies wie de vraag stelt.");
		browser.checkPage("public-request-error" + suffix);
		page.getByLabel("Ik ben ouder of verzorger").check();
		page.getByLabel("Voornaam").fill("Sam");
		page.getByLabel("Achternaam").fill("Jansen");
		page.getByLabel("Geboortedatum").fill("12-3-2015");
		page.getByLabel("Uw naam").fill("Anna Jansen");
		page.getByLabel("Wie bent u van het kind?").fill("moeder");
		page.getByLabel("Postcode").fill("5343 CD");
		page.getByLabel("Telefoonnummer").fill("06 12345678");
		page.getByLabel("Waar heeft u hulp bij nodig?").fill("Mijn zoon slaapt slecht en is vaak boos.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag versturen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Uw vraag is verstuurd");
		assertThat(page.locator("main")).containsText("2 weken");
		assertThat(page.locator("main")).not().containsText("Jansen");
		var reference = page.locator(".jr-reference").textContent();
		browser.checkPage("public-request-sent" + suffix);

		// Every public page fits 320 px.
		page.setViewportSize(320, 700);
		for (var path : List.of(site.home(), site.home() + "/jongeren", site.home() + "/informatie/huilen-en-slapen",
				site.home() + "/sociale-kaart", site.home() + "/sociale-kaart/" + site.providerService(),
				site.home() + "/hulp-vragen", site.home() + "/contact")) {
			browser.open(path);
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"document.documentElement.scrollWidth <= document.documentElement.clientWidth")).as(path).isTrue();
		}
		browser.checkPage("public-contact-320" + suffix);

		// The request is on the worklist of the team of the postcode's district (Zuid).
		page.setViewportSize(width, 844);
		browser.loginAs(fixtures.user(Role.YOUTH_PROFESSIONAL, site.world().municipality(), site.world().otherTeam()));
		browser.open("/werklijst");
		assertThat(page.locator("main")).containsText(reference);
		browser.checkPage("public-request-on-worklist" + suffix);
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1280, 390 })
	@DisplayName("VIND-1: the editor writes a page with the readability indication and publishes it after a check step")
	void theEditorWritesAndPublishesAPage(int width) {
		var site = PublicSiteWorlds.of(context).newSite();
		var page = browser.page();
		page.setViewportSize(width, 844);
		var suffix = "-" + width;
		browser.loginAs(fixtures.user(Role.EDITOR, site.world().municipality(), null));
		browser.open("/beheer/publicaties");
		browser.checkPage("editor-pages" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pagina schrijven")).click();
		page.getByLabel("Titel").fill("Pesten");
		page.getByLabel("Webadres").fill("pesten");
		page.getByLabel("Voor wie").selectOption("EVERYONE");
		page.getByLabel("Samenvatting").fill("Wordt uw kind gepest?");
		page.getByLabel("Tekst").fill("Pesten doet pijn. Praat erover met uw kind.\n\n## Wat kunt u doen?\n- Luister.\n- Bel de school.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leesbaarheid bekijken")).click();
		assertThat(page.locator(".jr-readability")).containsText("Eenvoudig: B1");
		browser.checkPage("editor-page-form" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("opgeslagen als concept");
		browser.checkPage("editor-page" + suffix);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publiceren").setExact(true)).click();
		browser.checkPage("editor-publish" + suffix);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("gepubliceerd vanaf 16-11-2026");
		browser.open(site.home() + "/informatie/pesten");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pesten");
	}
}
