package nl.jeugdregie.findability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.findability.internal.socialmap.SocialMapService;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public CJG site end to end over MockMvc: information pages (VIND-1), the social map (VIND-2) and asking for
 * help online (VIND-3, TOE-2), with the editor's and provider's pages behind them.
 */
@IntegrationTest
class PublicSiteIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired SocialMapService map;
	@Autowired ApplicationContext context;

	private PublicSiteWorlds.SiteWorld site;

	@BeforeEach
	void newSite() {
		site = PublicSiteWorlds.of(context).newSite();
	}

	// --- VIND-1: information pages -------------------------------------------------------------------------------

	@Test
	@DisplayName("VIND-1: the public site shows published pages without login, not drafts or pages published from a later date")
	void showsPublishedPagesOnly() throws Exception {
		var home = page(site.home());
		assertThat(home).contains("Huilen en slapen").doesNotContain("Vanaf morgen").doesNotContain("Nog niet af")
				.contains("maandag tot en met vrijdag van 09:00 tot 17:00 uur").contains("0412 000 000")
				.doesNotContain("Uitloggen").doesNotContain("Werklijst");
		assertThat(status(get(site.home() + "/informatie/later"))).isEqualTo(404);
		assertThat(status(get(site.home() + "/informatie/concept"))).isEqualTo(404);
		assertThat(page(site.home() + "/jongeren")).contains("Stress door school?").doesNotContain("Huilen en slapen");
		assertThat(status(get("/cjg/abcd"))).isEqualTo(404);
		assertThat(status(get("/cjg/" + fixtures.newWorld().municipality().value()))).isEqualTo(404);
	}

	@Test
	@DisplayName("VIND-1: a page's text is shown escaped, with headings and lists, and says when it was last checked")
	void rendersTheTextEscaped() throws Exception {
		var body = page(site.home() + "/informatie/huilen-en-slapen");
		assertThat(body).contains("<h2 class=\"utrecht-heading-2\">Tips</h2>").contains("<li>Rust</li>")
				.contains("&lt;script&gt;").doesNotContain("<script>alert")
				.contains("Deze informatie is gecontroleerd op");
	}

	@Test
	@DisplayName("VIND-1: the editor writes a draft with a readability indication, publishes it from today and records the check")
	void theEditorWritesChecksAndPublishes() throws Exception {
		var editor = TestFixtures.login(mvc, fixtures.user(Role.EDITOR, site.world().municipality(), null));
		var refused = mvc.perform(post("/beheer/publicaties/nieuw").session(editor).with(csrf())
				.param("slug", "Fout Adres").param("audience", "EVERYONE").param("summary", "Kort.").param("body", ""))
				.andReturn().getResponse();
		assertThat(refused.getContentAsString()).contains("Fout: Pagina schrijven").contains("Vul de titel in.")
				.contains("Gebruik in het webadres alleen kleine letters");
		assertThat(pagesOfMunicipality()).isEqualTo(4);

		var preview = mvc.perform(post("/beheer/publicaties/nieuw").session(editor).with(csrf()).param("bekijken", "ja")
				.param("title", "Slapen").param("body", "Alle baby's huilen. Dat is zwaar.")).andReturn().getResponse();
		assertThat(preview.getContentAsString()).contains("Eenvoudig: B1").contains("Flesch-Douma-score");
		assertThat(pagesOfMunicipality()).isEqualTo(4);

		var created = mvc.perform(post("/beheer/publicaties/nieuw").session(editor).with(csrf())
				.param("slug", "slapen").param("audience", "EVERYONE").param("title", "Slapen")
				.param("summary", "Over slapen.").param("body", "Alle baby's huilen. Dat is zwaar.")).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		var path = created.getRedirectedUrl();
		assertThat(status(get(site.home() + "/informatie/slapen"))).isEqualTo(404);

		var version = jdbc.sql("select version from findability_page where municipality_code = ? and slug = 'slapen'")
				.param(site.world().municipality().value()).query(Long.class).single();
		var past = mvc.perform(post(path + "/publiceren").session(editor).with(csrf()).param("publishFrom", "15-11-2026")
				.param("version", Long.toString(version))).andReturn().getResponse();
		assertThat(past.getContentAsString()).contains("De publicatiedatum kan niet voor vandaag liggen.");
		assertThat(status(get(site.home() + "/informatie/slapen"))).isEqualTo(404);

		assertThat(mvc.perform(post(path + "/publiceren").session(editor).with(csrf()).param("publishFrom", "16-11-2026")
				.param("version", Long.toString(version))).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(page(site.home() + "/informatie/slapen")).contains("Alle baby&#39;s huilen.")
				.contains("gecontroleerd op <span>16 november 2026</span>");
		assertThat(mvc.perform(post(path + "/gecontroleerd").session(editor).with(csrf())).andReturn().getResponse()
				.getStatus()).isEqualTo(302);

		var otherEditor = TestFixtures.login(mvc, fixtures.user(Role.EDITOR, fixtures.newWorld().municipality(), null));
		assertThat(mvc.perform(get(path).session(otherEditor)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	// --- VIND-2: social map --------------------------------------------------------------------------------------

	@Test
	@DisplayName("VIND-2: the social map is searched by Dutch words, district, theme and age, and shows when each entry was confirmed")
	void searchesTheSocialMap() throws Exception {
		var map = site.home() + "/sociale-kaart";
		assertThat(page(map + "?zoek=opvoeding")).contains("Cursus Positief Opvoeden").doesNotContain("Hulp bij angst");
		assertThat(page(map + "?zoek=angst")).contains("Hulp bij angst").doesNotContain("Cursus Positief");
		assertThat(page(map + "?wijk=zuid")).contains("Hulp bij angst").doesNotContain("Cursus Positief");
		assertThat(page(map + "?thema=opvoeden")).contains("Cursus Positief").doesNotContain("Hulp bij angst");
		assertThat(page(map + "?leeftijd=5")).contains("Cursus Positief").doesNotContain("Hulp bij angst");
		assertThat(page(map + "?leeftijd=150")).contains("De leeftijd is niet gebruikt").contains("2 resultaten");
		assertThat(page(map)).contains("Laatst bevestigd op 16-10-2026").contains("Laatst bevestigd op 16-4-2026");
		assertThat(page(map + "?zoek=%3Cscript%3E")).contains("0 resultaten");
	}

	@Test
	@DisplayName("VIND-2: a reported waiting time shows as \"wachttijd: n weken (gemeld op …)\"")
	void showsTheReportedWaitingTime() throws Exception {
		assertThat(map.record(site.link(), 6, PublicSiteWorlds.TODAY.minusDays(2))).isEqualTo(1);
		assertThat(page(site.home() + "/sociale-kaart/" + site.providerService()))
				.contains("wachttijd: 6 weken (gemeld op 14-11-2026)");
		assertThat(page(site.home() + "/sociale-kaart/" + site.parentingService())).doesNotContain("wachttijd");
		assertThat(map.record(new AllocationLink("99999999", "99"), 3, PublicSiteWorlds.TODAY)).isZero();
	}

	@Test
	@DisplayName("VIND-2: entries not confirmed for 6 months (the norm) are listed for follow-up until confirmed")
	void listsUnconfirmedEntriesForFollowUp() throws Exception {
		var editor = TestFixtures.login(mvc, fixtures.user(Role.EDITOR, site.world().municipality(), null));
		assertThat(mvc.perform(get("/beheer/sociale-kaart").session(editor)).andReturn().getResponse().getContentAsString())
				.contains("1 aanbod niet bevestigd sinds 16-5-2026");
		var provider = TestFixtures.login(mvc, fixtures.user(Role.PROVIDER, site.world().municipality(), null));
		assertThat(mvc.perform(post("/beheer/sociale-kaart/" + site.providerService() + "/bevestigen").session(provider)
				.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/beheer/sociale-kaart/" + site.providerService() + "/bevestigen").session(editor)
				.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/beheer/sociale-kaart").session(editor)).andReturn().getResponse().getContentAsString())
				.contains("Er is niets op te volgen");
	}

	@Test
	@DisplayName("VIND-2: a provider edits only its own organisation's entries; saving confirms them")
	void theProviderEditsItsOwnEntriesOnly() throws Exception {
		var provider = TestFixtures.login(mvc, new CurrentUser(site.provider(), "Aanbieder", Role.PROVIDER,
				site.world().municipality(), null));
		var list = mvc.perform(get("/beheer/sociale-kaart").session(provider)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("Hulp bij angst").doesNotContain("Cursus Positief");
		assertThat(mvc.perform(get("/beheer/sociale-kaart/" + site.parentingService()).session(provider)).andReturn()
				.getResponse().getStatus()).isEqualTo(403);
		var refused = mvc.perform(post("/beheer/sociale-kaart/" + site.providerService()).session(provider).with(csrf())
				.param("name", "Hulp bij angst").param("description", "").param("minAge", "12").param("maxAge", "23")
				.param("themes", "psychisch").param("version", "0")).andReturn().getResponse();
		assertThat(refused.getContentAsString()).contains("Vul een omschrijving van het aanbod in.");
		var saved = mvc.perform(post("/beheer/sociale-kaart/" + site.providerService()).session(provider).with(csrf())
				.param("name", "Hulp bij angst en somberheid").param("description", "Gesprekken.").param("minAge", "12")
				.param("maxAge", "23").param("themes", "psychisch").param("agbCode", site.link().agbCode())
				.param("productCategory", "45").param("version", "0")).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page(site.home() + "/sociale-kaart/" + site.providerService())).contains("Hulp bij angst en somberheid")
				.contains("16 november 2026");
		var otherMunicipality = TestFixtures.login(mvc, fixtures.user(Role.EDITOR, fixtures.newWorld().municipality(), null));
		assertThat(mvc.perform(get("/beheer/sociale-kaart/" + site.providerService()).session(otherMunicipality))
				.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	@DisplayName("VIND-2: the social map is exported as HSDS-shaped JSON and as CSV (UTF-8 with BOM, semicolons)")
	void exportsTheSocialMap() throws Exception {
		var json = page(site.home() + "/sociale-kaart.json");
		assertThat((List<?>) JsonPath.read(json, "$.services")).hasSize(2);
		assertThat((List<?>) JsonPath.read(json, "$.organizations")).hasSize(2);
		assertThat((List<?>) JsonPath.read(json, "$.service_at_locations")).hasSize(2);
		assertThat((List<String>) JsonPath.read(json, "$.services[*].last_confirmed")).contains("2026-04-16");
		assertThat((List<String>) JsonPath.read(json, "$.locations[*].addresses[0].postal_code")).contains("5341 AB");
		var csv = mvc.perform(get(site.home() + "/sociale-kaart.csv")).andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		var text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFdienst_id;dienst;organisatie;").contains(";Cursus Positief Opvoeden;");
	}

	// --- VIND-3, TOE-2: asking for help online -------------------------------------------------------------------

	@Test
	@DisplayName("TOE-2, VIND-3: the online form registers a help request with channel online form at the team of the postcode's district")
	void registersTheRequestAtTheTeamOfTheDistrict() throws Exception {
		var response = submit(valid(token(), "5343 CD"), "10.26.1.1");
		assertThat(response.getStatus()).isEqualTo(200);
		var body = response.getContentAsString();
		assertThat(body).contains("Uw vraag is verstuurd").contains("Binnen <strong>2 weken</strong>")
				.contains("CJG Team Zuid").doesNotContain("Jansen").doesNotContain("Sam").doesNotContain("0612345678");
		var row = jdbc.sql("select number, team_id, channel, registered_by, referrer from help_request where municipality_code = ?")
				.param(site.world().municipality().value()).query((rs, n) -> List.of(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5))).single();
		assertThat(row.get(1)).isEqualTo(site.world().otherTeam().id().value().toString());
		assertThat(row.subList(2, 5)).containsExactly("ONLINE_FORM", "online-formulier", "PARENT");
		assertThat(body).contains(row.get(0));
		var professional = TestFixtures.login(mvc, fixtures.user(Role.YOUTH_PROFESSIONAL, site.world().municipality(),
				site.world().otherTeam()));
		assertThat(mvc.perform(get("/werklijst").session(professional)).andReturn().getResponse().getContentAsString())
				.contains(row.get(0));
	}

	@Test
	@DisplayName("VIND-3: every field is checked and nothing is stored on refusal, not even the used token")
	void storesNothingOnRefusal() throws Exception {
		var token = token();
		var response = submit(valid(token, "5341 AB", "question", "", "email", "geen-adres"), "10.26.2.1");
		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("Fout: Hulp vragen").contains("Schrijf kort uw vraag.")
				.contains("Vul een geldig e-mailadres in");
		var elsewhere = submit(valid(token, "9999 ZZ"), "10.26.2.1");
		assertThat(elsewhere.getContentAsString()).contains("Deze postcode hoort niet bij deze gemeente.");
		var tooOld = submit(valid(token, "5341 AB", "dateOfBirth", "1-1-2000"), "10.26.2.1");
		assertThat(tooOld.getContentAsString()).contains("tot en met 23 jaar");
		assertThat(requests()).isZero();
		assertThat(jdbc.sql("select count(*) from findability_form_token_used where nonce = ?")
				.param(token.substring(0, token.indexOf('.'))).query(Long.class).single()).isZero();
		assertThat(submit(valid(token, "5341 AB"), "10.26.2.1").getStatus()).isEqualTo(200);
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	@DisplayName("VIND-3: a filled-in honeypot, a forged token or a token used before sends nothing")
	void refusesRobotsAndRepeats() throws Exception {
		var honeypot = submit(valid(token(), "5341 AB", "website", "https://spam.example"), "10.26.3.1");
		assertThat(honeypot.getContentAsString()).contains("Het formulier kon niet worden verstuurd.");
		var forged = submit(valid("0123.456.789", "5341 AB"), "10.26.3.1");
		assertThat(forged.getContentAsString()).contains("Het formulier is verlopen.");
		assertThat(submit(valid("", "5341 AB"), "10.26.3.1").getStatus()).isEqualTo(422);
		assertThat(mvc.perform(post(site.home() + "/hulp-vragen").param("token", token())).andReturn().getResponse()
				.getStatus()).isEqualTo(403);
		var token = token();
		assertThat(submit(valid(token, "5341 AB"), "10.26.3.1").getStatus()).isEqualTo(200);
		var again = submit(valid(token, "5341 AB"), "10.26.3.1");
		assertThat(again.getContentAsString()).contains("Dit formulier is al verstuurd.").doesNotContain("Uw kenmerk is");
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	@DisplayName("VIND-3: the same form sent many times at once registers one help request")
	void registersOnceWhenTheSameFormIsSentInParallel() throws Exception {
		var token = token();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(8);
		try {
			var futures = new ArrayList<Future<Integer>>();
			for (var i = 0; i < 8; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return submit(valid(token, "5341 AB"), "10.26.4.1").getContentAsString().contains("Uw kenmerk is") ? 1 : 0;
				}));
			}
			start.countDown();
			var confirmed = 0;
			for (var future : futures) {
				confirmed += future.get();
			}
			assertThat(confirmed).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(requests()).isEqualTo(1);
	}

	@Test
	@DisplayName("VIND-3: one address sends at most 5 requests an hour; then 429, nothing stored")
	void limitsRequestsPerAddress() throws Exception {
		for (var i = 0; i < 5; i++) {
			assertThat(submit(valid(token(), "5341 AB"), "10.26.5.1").getStatus()).isEqualTo(200);
		}
		var limited = submit(valid(token(), "5341 AB"), "10.26.5.1");
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentAsString()).contains("Uw vraag is niet verstuurd");
		assertThat(submit(valid(token(), "5341 AB"), "10.26.5.2").getStatus()).isEqualTo(200);
		assertThat(requests()).isEqualTo(6);
	}

	@Test
	@DisplayName("VIND-3: the answer is the same whether or not the young person is known: no detail about existing clients")
	void revealsNothingAboutExistingClients() throws Exception {
		var first = submit(valid(token(), "5341 AB"), "10.26.6.1").getContentAsString();
		var second = submit(valid(token(), "5341 AB"), "10.26.6.1").getContentAsString();
		var shape = Pattern.compile("HV-[0-9A-Z-]+|[0-9]{4}-[0-9]+");
		assertThat(shape.matcher(first).replaceAll("#")).isEqualTo(shape.matcher(second).replaceAll("#"));
	}

	/** The form filled in as a parent would, with {@code changes} as name-value pairs replacing fields. */
	private MockHttpServletRequestBuilder valid(String token, String postcode, String... changes) {
		var fields = new java.util.LinkedHashMap<String, String>();
		fields.put("token", token);
		fields.put("website", "");
		fields.put("who", "PARENT");
		fields.put("givenName", "Sam");
		fields.put("familyName", "Jansen");
		fields.put("dateOfBirth", "12-3-2015");
		fields.put("carerName", "Anna Jansen");
		fields.put("carerRelation", "moeder");
		fields.put("postcode", postcode);
		fields.put("phone", "06 12345678");
		fields.put("question", "Mijn zoon slaapt slecht.");
		for (var i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		var request = post(site.home() + "/hulp-vragen").with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		return request;
	}

	private MockHttpServletResponse submit(MockHttpServletRequestBuilder request, String address) throws Exception {
		return mvc.perform(request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn().getResponse();
	}

	private String token() throws Exception {
		var matcher = TOKEN.matcher(page(site.home() + "/hulp-vragen"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private long requests() {
		return jdbc.sql("select count(*) from help_request where municipality_code = ?")
				.param(site.world().municipality().value()).query(Long.class).single();
	}

	private long pagesOfMunicipality() {
		return jdbc.sql("select count(*) from findability_page where municipality_code = ?")
				.param(site.world().municipality().value()).query(Long.class).single();
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}
}
