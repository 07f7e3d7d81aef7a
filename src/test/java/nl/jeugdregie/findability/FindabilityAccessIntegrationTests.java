package nl.jeugdregie.findability;

import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2 for the findability module: every new endpoint × every role, and the municipality boundary. The public site
 * answers everyone, also without login; the editor alone keeps the information pages, editor and provider the social
 * map (the provider its own organisation's entries), the administrator the contact settings and postcode ranges.
 */
@IntegrationTest
class FindabilityAccessIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired ApplicationContext context;

	@Test
	@DisplayName("VIND-1, VIND-2, VIND-3: the public pages answer without login, the same for every role")
	void opensThePublicSiteToEveryone() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var paths = publicPaths(site);
		for (var path : paths) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
		// Anonymous, the form without a valid token is refused with field errors, not sent to the login page.
		assertThat(mvc.perform(post(site.home() + "/hulp-vragen").with(csrf())).andReturn().getResponse().getStatus())
				.isEqualTo(422);
		assertThat(mvc.perform(post(site.home() + "/hulp-vragen")).andReturn().getResponse().getStatus()).isEqualTo(403);
		var matrix = AccessMatrix.of(mvc).callers(users(site));
		for (var path : paths) {
			matrix.expect(page("GET " + path, () -> get(path), 200), Access.everyone());
		}
		matrix.expect(page("POST " + site.home() + "/hulp-vragen", () -> post(site.home() + "/hulp-vragen"), 422),
				Access.everyone());
		assertThat(matrix.verify()).isPositive();
	}

	@Test
	@DisplayName("SEC-2, VIND-1, VIND-2, VIND-3: the staff pages of the public site, per role and per municipality")
	void opensTheStaffPagesByRole() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var users = users(site);
		var page = "/beheer/publicaties/" + site.draftPage();
		var service = "/beheer/sociale-kaart/" + site.providerService();
		var otherEditor = fixtures.user(Role.EDITOR, fixtures.newWorld().municipality(), null);
		var otherProvider = fixtures.user(Role.PROVIDER, site.world().municipality(), null);
		var editor = Access.to(Role.EDITOR);
		var keepers = Access.to(Set.of(Role.EDITOR, Role.PROVIDER));
		var administrator = Access.to(Role.ADMINISTRATOR);
		var verified = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller("editor of another municipality", otherEditor)
				.caller("provider of another organisation", otherProvider)
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.EDITOR))
				.expect(page("GET /beheer/publicaties", () -> get("/beheer/publicaties"), 200), editor)
				.expect(page("GET /beheer/publicaties/nieuw", () -> get("/beheer/publicaties/nieuw"), 200), editor)
				.expect(page("POST /beheer/publicaties/nieuw (incomplete)", () -> post("/beheer/publicaties/nieuw"), 200), editor)
				.expect(page("GET page", () -> get(page), 200), editor.except("editor of another municipality", 404))
				.expect(page("GET page/wijzigen", () -> get(page + "/wijzigen"), 200),
						editor.except("editor of another municipality", 404))
				.expect(page("POST page/wijzigen (old version)", () -> post(page + "/wijzigen").param("version", "99"), 200),
						editor.except("editor of another municipality", 404))
				.expect(page("GET page/publiceren", () -> get(page + "/publiceren"), 200),
						editor.except("editor of another municipality", 404))
				.expect(page("POST page/publiceren (date in the past)", () -> post(page + "/publiceren")
						.param("publishFrom", "1-1-2020").param("version", "0"), 200),
						editor.except("editor of another municipality", 404))
				.expect(page("POST page/intrekken (old version)", () -> post(page + "/intrekken").param("version", "99"), 302),
						editor.except("editor of another municipality", 404))
				.expect(page("POST page/gecontroleerd", () -> post(page + "/gecontroleerd"), 302),
						editor.except("editor of another municipality", 404))
				.expect(page("GET /beheer/sociale-kaart", () -> get("/beheer/sociale-kaart"), 200),
						keepers.except("provider of another organisation", 200))
				.expect(page("GET service", () -> get(service), 200),
						keepers.except("editor of another municipality", 404).except("provider of another organisation", 403))
				.expect(page("POST service (incomplete)", () -> post(service).param("version", "0"), 200),
						keepers.except("editor of another municipality", 404).except("provider of another organisation", 403))
				.expect(page("POST service/bevestigen", () -> post(service + "/bevestigen"), 302),
						keepers.except("editor of another municipality", 404).except("provider of another organisation", 403))
				.expect(page("GET /beheer/cjg-contact", () -> get("/beheer/cjg-contact"), 200), administrator)
				.expect(page("POST /beheer/cjg-contact (incomplete)", () -> post("/beheer/cjg-contact"), 200), administrator)
				.expect(page("GET /beheer/postcodegebieden", () -> get("/beheer/postcodegebieden"), 200), administrator)
				.expect(page("POST /beheer/postcodegebieden (incomplete)", () -> post("/beheer/postcodegebieden"), 200),
						administrator)
				.verify();
		assertThat(verified).isPositive();
	}

	private static List<String> publicPaths(PublicSiteWorlds.SiteWorld site) {
		var home = site.home();
		return List.of("/cjg", home, home + "/contact", home + "/jongeren", home + "/informatie/huilen-en-slapen",
				home + "/sociale-kaart", home + "/sociale-kaart?zoek=opvoeden&wijk=Noord&thema=opvoeden&leeftijd=4",
				home + "/sociale-kaart/" + site.parentingService(), home + "/sociale-kaart.json",
				home + "/sociale-kaart.csv", home + "/hulp-vragen");
	}

	/** One user per role; the provider is the one keeping the site's second organisation. */
	private EnumMap<Role, CurrentUser> users(PublicSiteWorlds.SiteWorld site) {
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		var world = site.world();
		for (var role : Role.values()) {
			users.put(role, role == Role.PROVIDER
					? new CurrentUser(site.provider(), "Aanbieder", Role.PROVIDER, world.municipality(), null)
					: fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		return users;
	}
}
