package nl.jeugdregie.findability;

import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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
import org.springframework.http.MediaType;
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
	@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
				.verify();
		assertThat(verified).isPositive();
	}

	@Test
	@DisplayName("SEC-2, VIND-2: keeping organisations, locations and services, per role, provider and municipality (ADR 0041)")
	void opensTheSocialMapKeepingByRoleAndOrganisation() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var users = users(site);
		var otherEditor = fixtures.user(Role.EDITOR, fixtures.newWorld().municipality(), null);
		var otherProvider = fixtures.user(Role.PROVIDER, site.world().municipality(), null);
		var service = site.providerService();
		var organization = jdbc.sql("select organization_id from findability_service where id = ?").param(service)
				.query(java.util.UUID.class).single();
		var location = jdbc.sql("select id from findability_location where organization_id = ?").param(organization)
				.query(java.util.UUID.class).single();
		var org = "/beheer/sociale-kaart/organisaties/" + organization;
		var api = "/api/v1/social-map";
		var json = MediaType.APPLICATION_JSON;
		var editor = Access.to(Role.EDITOR);
		var keepers = Access.to(Set.of(Role.EDITOR, Role.PROVIDER));
		var own = keepers.except("editor of another municipality", 404).except("provider of another organisation", 403);
		var verified = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller("editor of another municipality", otherEditor)
				.caller("provider of another organisation", otherProvider)
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.EDITOR))
				.expect(page("GET organisaties", () -> get("/beheer/sociale-kaart/organisaties"), 200), keepers)
				.expect(page("GET organisaties/nieuw", () -> get("/beheer/sociale-kaart/organisaties/nieuw"), 200), editor)
				.expect(page("POST organisaties/nieuw (empty)", () -> post("/beheer/sociale-kaart/organisaties/nieuw"), 200), editor)
				.expect(page("GET organisation", () -> get(org), 200), own)
				.expect(page("GET organisation/wijzigen", () -> get(org + "/wijzigen"), 200), own)
				.expect(page("POST organisation/wijzigen (stale)", () -> post(org + "/wijzigen").param("version", "99"), 200), own)
				.expect(page("GET organisation/locaties/nieuw", () -> get(org + "/locaties/nieuw"), 200), own)
				.expect(page("POST organisation/locaties/nieuw (empty)", () -> post(org + "/locaties/nieuw"), 200), own)
				.expect(page("GET organisation/aanbod/nieuw", () -> get(org + "/aanbod/nieuw"), 200), own)
				.expect(page("POST organisation/aanbod/nieuw (empty)", () -> post(org + "/aanbod/nieuw"), 200), own)
				.expect(page("GET organisation/intrekken", () -> get(org + "/intrekken"), 200),
						editor.except("editor of another municipality", 404))
				.expect(page("GET location", () -> get("/beheer/sociale-kaart/locaties/" + location), 200), own)
				.expect(page("POST location (stale)", () -> post("/beheer/sociale-kaart/locaties/" + location)
						.param("version", "99"), 200), own)
				.expect(page("GET location/intrekken", () -> get("/beheer/sociale-kaart/locaties/" + location + "/intrekken"), 200), own)
				.expect(page("GET service/intrekken", () -> get("/beheer/sociale-kaart/" + service + "/intrekken"), 200), own)
				.expect(AccessMatrix.api("GET " + api + "/organizations", () -> get(api + "/organizations"), 200), keepers)
				.expect(AccessMatrix.api("POST " + api + "/organizations (empty)", () -> post(api + "/organizations")
						.contentType(json).content("{}"), 400), editor)
				.expect(AccessMatrix.api("GET organization", () -> get(api + "/organizations/" + organization), 200), own)
				.expect(AccessMatrix.api("PUT organization (stale)", () -> put(api + "/organizations/" + organization).contentType(json)
						.content("{\"name\":\"X\",\"version\":99}"), 409), own)
				.expect(AccessMatrix.api("POST organization/locations (empty)", () -> post(api + "/organizations/"
						+ organization + "/locations").contentType(json).content("{}"), 400), own)
				.expect(AccessMatrix.api("PUT location (stale)", () -> put(api + "/locations/" + location).contentType(json)
						.content("{\"version\":99}"), 409), own)
				.expect(AccessMatrix.api("POST organization/services (empty)", () -> post(api + "/organizations/"
						+ organization + "/services").contentType(json).content("{}"), 400), own)
				.expect(AccessMatrix.api("GET service", () -> get(api + "/services/" + service), 200), own)
				.expect(AccessMatrix.api("PUT service (stale)", () -> put(api + "/services/" + service).contentType(json)
						.content("{\"version\":99}"), 409), own)
				.expect(AccessMatrix.api("GET follow-up", () -> get(api + "/follow-up"), 200), keepers)
				.verify();
		assertThat(verified).isPositive();
	}

	@Test
	@DisplayName("SEC-2, VIND-2: bringing withdrawn entries back, per role, provider and municipality: the check steps, then the returns")
	void opensBringingBackByRoleAndOrganisation() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var users = users(site);
		var otherEditor = fixtures.user(Role.EDITOR, fixtures.newWorld().municipality(), null);
		var otherProvider = fixtures.user(Role.PROVIDER, site.world().municipality(), null);
		var service = site.providerService();
		var organization = jdbc.sql("select organization_id from findability_service where id = ?").param(service)
				.query(java.util.UUID.class).single();
		var location = jdbc.sql("select id from findability_location where organization_id = ?").param(organization)
				.query(java.util.UUID.class).single();
		var editorsOrganization = jdbc.sql("select organization_id from findability_service where id = ?")
				.param(site.parentingService()).query(java.util.UUID.class).single();
		jdbc.sql("update findability_service set withdrawn_on = date '2026-11-01' where id = ?").param(service).update();
		jdbc.sql("update findability_location set withdrawn_on = date '2026-11-01' where id = ?").param(location).update();
		jdbc.sql("update findability_organization set withdrawn_on = date '2026-11-01' where id = ?")
				.param(editorsOrganization).update();
		var base = "/beheer/sociale-kaart";
		var api = "/api/v1/social-map";
		var editor = Access.to(Role.EDITOR).except("editor of another municipality", 404);
		var keepers = Access.to(Set.of(Role.EDITOR, Role.PROVIDER));
		var own = keepers.except("editor of another municipality", 404).except("provider of another organisation", 403);
		// The check steps and the lists first: they change nothing, so every caller sees the same state.
		var checked = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller("editor of another municipality", otherEditor)
				.caller("provider of another organisation", otherProvider)
				.expect(page("GET organisation/terugzetten", () -> get(base + "/organisaties/" + editorsOrganization
						+ "/terugzetten"), 200), editor)
				.expect(page("GET location/terugzetten", () -> get(base + "/locaties/" + location + "/terugzetten"), 200), own)
				.expect(page("GET service/terugzetten", () -> get(base + "/" + service + "/terugzetten"), 200), own)
				.expect(AccessMatrix.api("GET " + api + "/withdrawn", () -> get(api + "/withdrawn"), 200), keepers)
				.verify();
		// Then the returns: the first one allowed brings the entry back, every later one changes nothing and answers
		// the same.
		var returned = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller("editor of another municipality", otherEditor)
				.caller("provider of another organisation", otherProvider)
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.EDITOR))
				.expect(page("POST organisation/terugzetten", () -> post(base + "/organisaties/" + editorsOrganization
						+ "/terugzetten"), 302), editor)
				.expect(page("POST location/terugzetten", () -> post(base + "/locaties/" + location + "/terugzetten"), 302), own)
				.expect(page("POST service/terugzetten", () -> post(base + "/" + service + "/terugzetten"), 302), own)
				.expect(AccessMatrix.api("POST organization/restoration", () -> post(api + "/organizations/"
						+ editorsOrganization + "/restoration"), 200), editor)
				.expect(AccessMatrix.api("POST location/restoration", () -> post(api + "/locations/" + location
						+ "/restoration"), 200), own)
				.expect(AccessMatrix.api("POST service/restoration", () -> post(api + "/services/" + service
						+ "/restoration"), 200), own)
				.verify();
		assertThat(checked).isPositive();
		assertThat(returned).isPositive();
	}

	@Test
	@DisplayName("SEC-2, VIND-3: the administrator's pages of the public site, per role")
	void opensTheAdministratorPagesByRole() throws Exception {
		var site = PublicSiteWorlds.of(context).newSite();
		var administrator = Access.to(Role.ADMINISTRATOR);
		var verified = AccessMatrix.of(mvc).callers(users(site)).anonymous()
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
