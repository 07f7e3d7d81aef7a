package nl.jeugdregie.findability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * VIND-2 (ADR 0041): the editor adds organisations, locations and services with their taxonomy; a provider keeps
 * only its own; withdrawing goes through a check step, takes the entry off the public map and deletes nothing.
 */
@IntegrationTest
@DisplayName("Issue 17: keeping the social map on screen and in the API (VIND-2)")
class SocialMapKeepingIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationContext context;

	private PublicSiteWorlds.SiteWorld site;
	private MockHttpSession editor;

	@BeforeEach
	void newSite() throws Exception {
		site = PublicSiteWorlds.of(context).newSite();
		editor = TestFixtures.login(mvc, fixtures.user(Role.EDITOR, site.world().municipality(), null));
	}

	@Test
	@DisplayName("VIND-2: the editor adds an organisation, a location and a service with themes, ages and district; it is on the public map")
	void theEditorAddsAnOrganisationWithLocationAndService() throws Exception {
		var refused = mvc.perform(post("/beheer/sociale-kaart/organisaties/nieuw").session(editor).with(csrf())
				.param("website", "http://onveilig.example")).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("<title>Fout: Organisatie toevoegen").contains("Vul de naam van de organisatie in.")
				.contains("begint met https://");
		var created = mvc.perform(post("/beheer/sociale-kaart/organisaties/nieuw").session(editor).with(csrf())
				.param("name", "Buurtgezinnen Oost").param("description", "Gezinnen helpen gezinnen.")
				.param("website", "https://buurtgezinnen.example.nl")).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		var organization = created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1);

		assertThat(mvc.perform(post("/beheer/sociale-kaart/organisaties/" + organization + "/locaties/nieuw").session(editor)
				.with(csrf()).param("name", "Huis Oost").param("address", "Pad 3").param("postcode", "12")
				.param("city", "Testdorp").param("district", "Oost")).andReturn().getResponse().getContentAsString())
				.contains("Vul een geldige postcode in");
		assertThat(mvc.perform(post("/beheer/sociale-kaart/organisaties/" + organization + "/locaties/nieuw").session(editor)
				.with(csrf()).param("name", "Huis Oost").param("address", "Pad 3").param("postcode", "5345ab")
				.param("city", "Testdorp").param("district", "Oost")).andReturn().getResponse().getStatus()).isEqualTo(302);
		var location = jdbc.sql("select id from findability_location where organization_id = ?::uuid").param(organization)
				.query(UUID.class).single();

		var form = mvc.perform(get("/beheer/sociale-kaart/organisaties/" + organization + "/aanbod/nieuw").session(editor))
				.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Huis Oost (wijk Oost)");
		assertThat(mvc.perform(post("/beheer/sociale-kaart/organisaties/" + organization + "/aanbod/nieuw").session(editor)
				.with(csrf()).param("name", "Steungezin").param("description", "Een gezin uit de buurt helpt.")
				.param("minAge", "0").param("maxAge", "17").param("themes", "opvoeden", "vrije-tijd")
				.param("locations", location.toString(), UUID.randomUUID().toString()).param("_locations", "on"))
				.andReturn().getResponse().getContentAsString()).contains("Kies alleen locaties van deze organisatie.");
		assertThat(mvc.perform(post("/beheer/sociale-kaart/organisaties/" + organization + "/aanbod/nieuw").session(editor)
				.with(csrf()).param("name", "Steungezin").param("description", "Een gezin uit de buurt helpt.")
				.param("minAge", "0").param("maxAge", "17").param("themes", "opvoeden", "vrije-tijd")
				.param("locations", location.toString()).param("_locations", "on"))
				.andReturn().getResponse().getStatus()).isEqualTo(302);

		var found = page(site.home() + "/sociale-kaart?wijk=Oost&thema=vrije-tijd&leeftijd=5");
		assertThat(found).contains("Steungezin").contains("Buurtgezinnen Oost");
		assertThat(page(site.home() + "/sociale-kaart?wijk=Oost&leeftijd=18")).doesNotContain("Steungezin");
	}

	@Test
	@DisplayName("VIND-2: a provider adds a location and a service to its own organisation, not to another's, and adds no organisations")
	void theProviderKeepsOnlyItsOwnOrganisation() throws Exception {
		var provider = TestFixtures.login(mvc, new CurrentUser(site.provider(), "Aanbieder", Role.PROVIDER,
				site.world().municipality(), null));
		var own = organizationOf(site.providerService());
		var other = organizationOf(site.parentingService());
		assertThat(status(get("/beheer/sociale-kaart/organisaties/nieuw").session(provider))).isEqualTo(403);
		assertThat(status(post("/beheer/sociale-kaart/organisaties/nieuw").session(provider).with(csrf())
				.param("name", "Eigen organisatie"))).isEqualTo(403);
		assertThat(status(get("/beheer/sociale-kaart/organisaties/" + other).session(provider))).isEqualTo(403);
		assertThat(status(post("/beheer/sociale-kaart/organisaties/" + other + "/locaties/nieuw").session(provider)
				.with(csrf()).param("name", "X"))).isEqualTo(403);
		var list = mvc.perform(get("/beheer/sociale-kaart/organisaties").session(provider)).andReturn().getResponse()
				.getContentAsString();
		assertThat(list).contains("Zorgaanbieder De Linde").doesNotContain("Opvoedpunt De Brug")
				.doesNotContain("Organisatie toevoegen");
		assertThat(status(post("/beheer/sociale-kaart/organisaties/" + own + "/locaties/nieuw").session(provider)
				.with(csrf()).param("name", "De Linde West").param("address", "Laan 9").param("postcode", "5346 AA")
				.param("city", "Testdorp").param("district", "West"))).isEqualTo(302);
		// The provider cannot name another account as keeper: the editor alone does that.
		var organization = mvc.perform(get("/beheer/sociale-kaart/organisaties/" + own + "/wijzigen").session(provider))
				.andReturn().getResponse().getContentAsString();
		assertThat(organization).doesNotContain("Account van de aanbieder");
	}

	@Test
	@DisplayName("VIND-2: withdrawing a service has a check step, takes it off the public map and deletes nothing; again changes nothing")
	void withdrawsAfterACheckStepWithoutDeleting() throws Exception {
		var check = mvc.perform(get("/beheer/sociale-kaart/" + site.parentingService() + "/intrekken").session(editor))
				.andReturn().getResponse().getContentAsString();
		assertThat(check).contains("Cursus Positief Opvoeden intrekken?").contains("Ja, intrekken");
		assertThat(page(site.home() + "/sociale-kaart")).contains("Cursus Positief Opvoeden");
		for (var attempt = 0; attempt < 2; attempt++) {
			assertThat(status(post("/beheer/sociale-kaart/" + site.parentingService() + "/intrekken").session(editor)
					.with(csrf()))).isEqualTo(302);
		}
		assertThat(page(site.home() + "/sociale-kaart")).doesNotContain("Cursus Positief Opvoeden");
		assertThat(status(get(site.home() + "/sociale-kaart/" + site.parentingService()))).isEqualTo(404);
		assertThat(page(site.home() + "/sociale-kaart.json")).doesNotContain("Cursus Positief Opvoeden");
		assertThat(jdbc.sql("select withdrawn_on is not null from findability_service where id = ?")
				.param(site.parentingService()).query(Boolean.class).single()).isTrue();
	}

	@Test
	@DisplayName("VIND-2: through the API the editor adds an organisation, a location and a service; a stale version answers 409; follow-up lists the old entry")
	void keepsTheMapThroughTheApi() throws Exception {
		var editorAccount = fixtures.user(Role.EDITOR, site.world().municipality(), null);
		var json = MediaType.APPLICATION_JSON;
		var organization = JsonPath.read(mvc.perform(post("/api/v1/social-map/organizations").with(basic(editorAccount))
				.contentType(json).content("{\"name\":\"Jongerenwerk\",\"provider\":\"" + site.provider() + "\"}"))
				.andReturn().getResponse().getContentAsString(), "$.id").toString();
		var location = JsonPath.read(mvc.perform(post("/api/v1/social-map/organizations/" + organization + "/locations")
				.with(basic(editorAccount)).contentType(json).content(
						"{\"name\":\"Jongerenhuis\",\"address\":\"Plein 1\",\"postcode\":\"5342 BB\",\"city\":\"Testdorp\",\"district\":\"Noord\"}"))
				.andReturn().getResponse().getContentAsString(), "$.id").toString();
		var response = mvc.perform(post("/api/v1/social-map/organizations/" + organization + "/services")
				.with(basic(editorAccount)).contentType(json).content("""
						{"name":"Inloop voor jongeren","description":"Elke woensdag binnenlopen.","minAge":12,"maxAge":23,
						 "themes":["vrije-tijd"],"locations":["%s"]}""".formatted(location)))
				.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		var service = JsonPath.read(response.getContentAsString(), "$.id").toString();
		assertThat(status(put("/api/v1/social-map/locations/" + location).with(basic(editorAccount)).contentType(json)
				.content("{\"name\":\"Jongerenhuis\",\"address\":\"Plein 2\",\"postcode\":\"5342 BB\",\"city\":\"Testdorp\",\"district\":\"Noord\",\"version\":7}")))
				.isEqualTo(409);
		assertThat(status(post("/api/v1/social-map/organizations").with(basic(editorAccount)).contentType(json)
				.content("{\"name\":\"\"}"))).isEqualTo(400);
		// The provider named as keeper now keeps the new organisation too.
		var provider = new CurrentUser(site.provider(), "Aanbieder", Role.PROVIDER, site.world().municipality(), null);
		assertThat(mvc.perform(get("/api/v1/social-map/services/" + service).with(basic(provider))).andReturn()
				.getResponse().getContentAsString()).contains("Inloop voor jongeren");
		assertThat(mvc.perform(get("/api/v1/social-map/follow-up").with(basic(editorAccount))).andReturn().getResponse()
				.getContentAsString()).contains("Hulp bij angst").doesNotContain("Inloop voor jongeren");
		assertThat(status(post("/api/v1/social-map/services/" + site.providerService() + "/confirmation")
				.with(basic(provider)))).isEqualTo(200);
		assertThat(mvc.perform(get("/api/v1/social-map/follow-up").with(basic(editorAccount))).andReturn().getResponse()
				.getContentAsString()).doesNotContain("Hulp bij angst");
		assertThat(status(post("/api/v1/social-map/services/" + site.parentingService() + "/withdrawal")
				.with(basic(provider)))).isEqualTo(403);
		assertThat(status(post("/api/v1/social-map/organizations/" + organization + "/withdrawal")
				.with(basic(editorAccount)))).isEqualTo(200);
		assertThat(page(site.home() + "/sociale-kaart")).doesNotContain("Inloop voor jongeren");
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
		return TestFixtures.api(user);
	}
}
