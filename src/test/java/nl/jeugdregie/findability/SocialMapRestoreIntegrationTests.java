package nl.jeugdregie.findability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * VIND-2 (issue 17): a withdrawn social-map entry is never deleted and can be brought back, after a check step, by
 * the editor (every entry) and by the provider that keeps it (locations and services of its own organisations); every
 * withdrawal and return is recorded with who and when; two returns at once have one effect.
 */
@IntegrationTest
@DisplayName("Issue 17: bringing a withdrawn social-map entry back (VIND-2)")
class SocialMapRestoreIntegrationTests {

	private static final String API = "/api/v1/social-map";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationContext context;

	private PublicSiteWorlds.SiteWorld site;
	private CurrentUser editorAccount;
	private MockHttpSession editor;
	private CurrentUser provider;

	@BeforeEach
	void newSite() throws Exception {
		site = PublicSiteWorlds.of(context).newSite();
		editorAccount = fixtures.user(Role.EDITOR, site.world().municipality(), null);
		editor = TestFixtures.login(mvc, editorAccount);
		provider = new CurrentUser(site.provider(), "Aanbieder", Role.PROVIDER, site.world().municipality(), null);
	}

	@Test
	@DisplayName("VIND-2: the editor brings a withdrawn service back after a check step; it is on the public map again, the history says who and when; again changes nothing")
	void theEditorBringsAWithdrawnServiceBack() throws Exception {
		var service = site.parentingService();
		assertThat(status(post("/beheer/sociale-kaart/" + service + "/intrekken").session(editor).with(csrf()))).isEqualTo(302);
		assertThat(page(site.home() + "/sociale-kaart")).doesNotContain("Cursus Positief Opvoeden");
		var list = mvc.perform(get("/beheer/sociale-kaart/organisaties").session(editor)).andReturn().getResponse()
				.getContentAsString();
		assertThat(list).contains("Ingetrokken").contains("Aanbod: Cursus Positief Opvoeden (Opvoedpunt De Brug)")
				.contains("/beheer/sociale-kaart/" + service + "/terugzetten");

		var check = mvc.perform(get("/beheer/sociale-kaart/" + service + "/terugzetten").session(editor)).andReturn()
				.getResponse().getContentAsString();
		assertThat(check).contains("Cursus Positief Opvoeden terugzetten?").contains("Ja, terugzetten")
				.contains("16-11-2026");
		// The check step itself changes nothing.
		assertThat(page(site.home() + "/sociale-kaart")).doesNotContain("Cursus Positief Opvoeden");
		for (var attempt = 0; attempt < 2; attempt++) {
			var done = mvc.perform(post("/beheer/sociale-kaart/" + service + "/terugzetten").session(editor).with(csrf()))
					.andReturn().getResponse();
			assertThat(done.getStatus()).isEqualTo(302);
			assertThat(done.getRedirectedUrl()).isEqualTo("/beheer/sociale-kaart/organisaties/" + organizationOf(service));
		}
		assertThat(page(site.home() + "/sociale-kaart")).contains("Cursus Positief Opvoeden");
		assertThat(status(get(site.home() + "/sociale-kaart/" + service))).isEqualTo(200);
		assertThat(page(site.home() + "/sociale-kaart.json")).contains("Cursus Positief Opvoeden");
		assertThat(jdbc.sql("""
				select action || ' ' || changed_by from findability_entry_history where entry_id = ? order by id""")
				.param(service).query(String.class).list())
				.containsExactly("WITHDRAWN " + editorAccount.username(), "RESTORED " + editorAccount.username());
		// ... and the audit trail has both, like the other administrative changes.
		assertThat(jdbc.sql("select what from audit_event where subject = ? order by id")
				.param("sociale-kaart:service:" + service).query(String.class).list())
				.containsExactly("Ingetrokken van de sociale kaart", "Teruggezet op de sociale kaart: Cursus Positief Opvoeden");
		// Back on the map: the check step says so instead of offering it again.
		var again = mvc.perform(get("/beheer/sociale-kaart/" + service + "/terugzetten").session(editor)).andReturn()
				.getResponse();
		assertThat(again.getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/beheer/sociale-kaart/organisaties").session(editor)).andReturn().getResponse()
				.getContentAsString()).contains("Er is niets ingetrokken.");
	}

	@Test
	@DisplayName("VIND-2: a provider brings back the location and service of its own organisation through the API, not another's, and no organisation")
	void aProviderBringsBackOnlyItsOwn() throws Exception {
		var own = site.providerService();
		var ownOrganization = organizationOf(own);
		var ownLocation = jdbc.sql("select id from findability_location where organization_id = ?").param(ownOrganization)
				.query(UUID.class).single();
		var other = site.parentingService();
		assertThat(status(post(API + "/services/" + own + "/withdrawal").with(basic(provider)))).isEqualTo(200);
		assertThat(status(post(API + "/locations/" + ownLocation + "/withdrawal").with(basic(provider)))).isEqualTo(200);
		assertThat(status(post(API + "/services/" + other + "/withdrawal").with(basic(editorAccount)))).isEqualTo(200);
		assertThat(status(post(API + "/organizations/" + organizationOf(other) + "/withdrawal").with(basic(editorAccount))))
				.isEqualTo(200);
		assertThat(page(site.home() + "/sociale-kaart")).doesNotContain("Hulp bij angst");

		var listed = mvc.perform(get(API + "/withdrawn").with(basic(provider))).andReturn().getResponse().getContentAsString();
		assertThat(listed).contains(own.toString()).contains(ownLocation.toString()).contains("\"kind\":\"SERVICE\"")
				.doesNotContain(other.toString()).doesNotContain("Opvoedpunt De Brug");
		assertThat(mvc.perform(get(API + "/withdrawn").with(basic(editorAccount))).andReturn().getResponse()
				.getContentAsString()).contains("\"kind\":\"ORGANIZATION\"").contains("Opvoedpunt De Brug");

		var otherProvider = fixtures.user(Role.PROVIDER, site.world().municipality(), null);
		var otherEditor = fixtures.user(Role.EDITOR, fixtures.newWorld().municipality(), null);
		assertThat(status(post(API + "/services/" + own + "/restoration").with(basic(otherProvider)))).isEqualTo(403);
		assertThat(status(post(API + "/services/" + own + "/restoration").with(basic(otherEditor)))).isEqualTo(404);
		assertThat(status(post(API + "/organizations/" + organizationOf(other) + "/restoration").with(basic(provider))))
				.isEqualTo(403);
		assertThat(status(post("/beheer/sociale-kaart/organisaties/" + organizationOf(other) + "/terugzetten")
				.session(TestFixtures.login(mvc, provider)).with(csrf()))).isEqualTo(403);
		assertThat(status(post(API + "/services/" + UUID.randomUUID() + "/restoration").with(basic(provider)))).isEqualTo(404);

		assertThat(status(post(API + "/locations/" + ownLocation + "/restoration").with(basic(provider)))).isEqualTo(200);
		assertThat(status(post(API + "/services/" + own + "/restoration").with(basic(provider)))).isEqualTo(200);
		assertThat(page(site.home() + "/sociale-kaart")).contains("Hulp bij angst");
		assertThat(page(site.home() + "/sociale-kaart/" + own)).contains("De Linde");
		assertThat(jdbc.sql("select changed_by from findability_service where id = ?").param(own).query(String.class)
				.single()).isEqualTo(provider.username());
		assertThat(withdrawnOn("findability_organization", organizationOf(other))).isTrue();
	}

	@Test
	@DisplayName("VIND-2: a service of a withdrawn organisation is refused with a Dutch message until the editor brings the organisation back")
	void refusesAServiceWhileItsOrganisationIsWithdrawn() throws Exception {
		var service = site.parentingService();
		var organization = organizationOf(service);
		assertThat(status(post(API + "/services/" + service + "/withdrawal").with(basic(editorAccount)))).isEqualTo(200);
		assertThat(status(post(API + "/organizations/" + organization + "/withdrawal").with(basic(editorAccount))))
				.isEqualTo(200);
		var refused = mvc.perform(post(API + "/services/" + service + "/restoration").with(basic(editorAccount)))
				.andReturn().getResponse();
		assertThat(refused.getStatus()).isBetween(400, 422);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getContentAsString()).contains("Zet eerst de organisatie terug");
		var page = mvc.perform(post("/beheer/sociale-kaart/" + service + "/terugzetten").session(editor).with(csrf()))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<title>Fout: Cursus Positief Opvoeden terugzetten").contains("Zet eerst de organisatie terug");
		assertThat(withdrawnOn("findability_service", service)).isTrue();

		var check = mvc.perform(get("/beheer/sociale-kaart/organisaties/" + organization + "/terugzetten").session(editor))
				.andReturn().getResponse().getContentAsString();
		assertThat(check).contains("Opvoedpunt De Brug terugzetten?");
		assertThat(status(post("/beheer/sociale-kaart/organisaties/" + organization + "/terugzetten").session(editor)
				.with(csrf()))).isEqualTo(302);
		// The organisation is back; its service was withdrawn on its own and stays off until brought back too.
		assertThat(page(site.home() + "/sociale-kaart")).doesNotContain("Cursus Positief Opvoeden");
		assertThat(status(post(API + "/services/" + service + "/restoration").with(basic(editorAccount)))).isEqualTo(200);
		assertThat(page(site.home() + "/sociale-kaart")).contains("Cursus Positief Opvoeden");
	}

	@Test
	@DisplayName("VIND-2: eight returns of the same entry at the same moment have one effect and one history row")
	void bringsBackOnceWhenSentInParallel() throws Exception {
		var service = site.providerService();
		assertThat(status(post(API + "/services/" + service + "/withdrawal").with(basic(provider)))).isEqualTo(200);
		var version = jdbc.sql("select version from findability_service where id = ?").param(service).query(Long.class).single();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		try {
			var futures = new ArrayList<Future<Integer>>();
			for (var i = 0; i < 8; i++) {
				var caller = i % 2 == 0 ? provider : editorAccount;
				futures.add(pool.submit(() -> {
					start.await();
					return status(post(API + "/services/" + service + "/restoration").with(basic(caller)));
				}));
			}
			start.countDown();
			for (var future : futures) {
				assertThat(future.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(withdrawnOn("findability_service", service)).isFalse();
		assertThat(jdbc.sql("select version from findability_service where id = ?").param(service).query(Long.class)
				.single()).isEqualTo(version + 1);
		assertThat(jdbc.sql("select count(*) from findability_entry_history where entry_id = ? and action = 'RESTORED'")
				.param(service).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where subject = ? and what like 'Teruggezet%'")
				.param("sociale-kaart:service:" + service).query(Long.class).single()).isEqualTo(1);
	}

	private boolean withdrawnOn(String table, UUID id) {
		return jdbc.sql("select withdrawn_on is not null from " + table + " where id = ?").param(id).query(Boolean.class)
				.single();
	}

	private UUID organizationOf(UUID service) {
		return jdbc.sql("select organization_id from findability_service where id = ?").param(service).query(UUID.class)
				.single();
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return nl.jeugdregie.TestFixtures.api(user);
	}
}
