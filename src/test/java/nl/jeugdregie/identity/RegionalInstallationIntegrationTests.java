package nl.jeugdregie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@DisplayName("Issue 14 item 2: a regional installation serves several municipalities; no data crosses")
class RegionalInstallationIntegrationTests {

	private static final AtomicInteger NEXT_CODE = new AtomicInteger(8100);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("Issue 14 item 2: the regional administrator adds a municipality (GM code checked) and its first administrator once; both audited")
	void addsAMunicipalityAndItsFirstAdministrator() throws Exception {
		var regional = regionalAdministrator();
		var code = NEXT_CODE.getAndIncrement();
		var gm = "GM" + code;

		mvc.perform(as(regional, post("/api/v1/admin/municipalities").contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\":\"" + code + "\",\"name\":\"Testdorp\"}")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(as(regional, post("/api/v1/admin/municipalities").contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\":\"" + gm.toLowerCase() + "\",\"name\":\" Testdorp \"}")))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", "/api/v1/admin/municipalities/" + gm))
				.andExpect(jsonPath("$.code").value(gm))
				.andExpect(jsonPath("$.name").value("Testdorp"))
				.andExpect(jsonPath("$.hasAdministrator").value(false));
		mvc.perform(as(regional, post("/api/v1/admin/municipalities").contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\":\"" + gm + "\",\"name\":\"Ander dorp\"}")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors[0].field").value("code"));
		mvc.perform(as(regional, get("/api/v1/admin/municipalities")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.municipalities[*].code", hasItem(gm)));

		var created = mvc.perform(as(regional, post("/api/v1/admin/municipalities/{c}/first-administrator", gm)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"beheer-" + code + "\",\"name\":\"Fleur Jansen\",\"email\":\"Fleur@testdorp.nl\"}")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.username").value("beheer-" + code))
				.andReturn().getResponse().getContentAsString();
		String oneTimePassword = JsonPath.read(created, "$.oneTimePassword");
		assertThat(oneTimePassword).hasSize(19);
		assertThat(jdbc.sql("select role || ' ' || municipality_code || ' ' || password_change_required from app_user "
				+ "where username = ?").param("beheer-" + code).query(String.class).single())
				.isEqualTo("ADMINISTRATOR " + code + " true");
		mvc.perform(as(regional, post("/api/v1/admin/municipalities/{c}/first-administrator", gm)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"tweede-" + code + "\",\"name\":\"Tweede\",\"email\":\"t@testdorp.nl\"}")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.reasons[0]").value(org.hamcrest.Matchers.startsWith("Deze gemeente heeft al")));

		assertThat(audit("gemeente:" + code)).containsExactly("CREATE Gemeente toegevoegd: " + gm
				+ " Testdorp, regio Testregio " + regionOf(regional));
		assertThat(audit("gebruiker:beheer-" + code)).singleElement().asString()
				.startsWith("CREATE Eerste applicatiebeheerder aangemaakt voor gemeente " + gm)
				.doesNotContain(oneTimePassword);
	}

	@Test
	@DisplayName("Issue 14 item 2: six first administrators at once give one administrator")
	void givesOneFirstAdministratorUnderARace() throws Exception {
		var regional = regionalAdministrator();
		var code = NEXT_CODE.getAndIncrement();
		mvc.perform(as(regional, post("/api/v1/admin/municipalities").contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"GM" + code + "\",\"name\":\"Racedorp\"}"))).andExpect(status().isCreated());
		var start = new CountDownLatch(1);
		var calls = new ArrayList<Callable<Integer>>();
		for (var i = 0; i < 6; i++) {
			var username = "race-" + code + "-" + i;
			calls.add(() -> {
				start.await();
				return mvc.perform(as(regional, post("/api/v1/admin/municipalities/GM{c}/first-administrator", code)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"" + username + "\",\"name\":\"R\",\"email\":\"" + username + "@r.nl\"}")))
						.andReturn().getResponse().getStatus();
			});
		}
		try (var pool = Executors.newFixedThreadPool(6)) {
			var futures = calls.stream().map(pool::submit).toList();
			start.countDown();
			var statuses = new ArrayList<Integer>();
			for (var future : futures) {
				statuses.add(future.get());
			}
			assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(422);
		}
		assertThat(jdbc.sql("select count(*) from app_user where municipality_code = ?").param(String.valueOf(code))
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("Issue 14 item 2: the regional administrator sees no teams or users; a municipality's administrator sees only her own, never the regional account")
	void letsNoDataCross() throws Exception {
		var regional = regionalAdministrator();
		var home = regional.municipality();
		var admin = fixtures.user(Role.ADMINISTRATOR, home, null);
		var other = fixtures.newWorld();
		var otherAdmin = fixtures.user(Role.ADMINISTRATOR, other.municipality(), null);

		mvc.perform(as(regional, get("/api/v1/admin/users"))).andExpect(status().isForbidden());
		mvc.perform(as(regional, get("/api/v1/admin/teams"))).andExpect(status().isForbidden());
		mvc.perform(as(admin, get("/api/v1/admin/municipalities"))).andExpect(status().isForbidden());
		// The regional account lives in the home municipality, yet its administrator neither sees nor changes it.
		mvc.perform(as(admin, get("/api/v1/admin/users").param("role", "REGIONAL_ADMINISTRATOR")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		mvc.perform(as(admin, get("/api/v1/admin/users")))
				.andExpect(jsonPath("$.users[*].username", not(hasItem(regional.username()))));
		mvc.perform(as(admin, get("/api/v1/admin/users/{u}", regional.username()))).andExpect(status().isNotFound());
		mvc.perform(as(admin, post("/api/v1/admin/users").contentType(MediaType.APPLICATION_JSON)
						.content("{\"username\":\"regio-" + UUID.randomUUID().toString().substring(0, 6) + "\",\"name\":\"R\","
								+ "\"email\":\"r@x.nl\",\"role\":\"REGIONAL_ADMINISTRATOR\"}")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("role"));
		// A municipality's administrator sees only her own municipality's accounts.
		mvc.perform(as(otherAdmin, get("/api/v1/admin/users")))
				.andExpect(jsonPath("$.users[*].username", not(hasItem(admin.username()))));
		mvc.perform(as(otherAdmin, get("/api/v1/admin/users/{u}", admin.username()))).andExpect(status().isNotFound());
		// The region's municipalities: another region's is not found.
		mvc.perform(as(regional, get("/api/v1/admin/municipalities/GM{c}", other.municipality().value())))
				.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("Issue 14: the last administrator of a municipality cannot be deactivated or given another role")
	void keepsTheLastAdministrator() throws Exception {
		var world = fixtures.newWorld();
		var admin = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var version = jdbc.sql("select version from app_user where username = ?").param(admin.username())
				.query(Long.class).single();
		mvc.perform(as(admin, post("/api/v1/admin/users/{u}/deactivation", admin.username())
						.header("If-Match", "\"" + version + "\"")))
				.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select enabled from app_user where username = ?").param(admin.username())
				.query(Boolean.class).single()).isTrue();
	}

	private CurrentUser regionalAdministrator() {
		var world = fixtures.newWorld();
		var region = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into region (code, name) values (?, ?)").params(region, "Testregio " + region).update();
		jdbc.sql("update municipality set region_code = ? where code = ?").params(region, world.municipality().value())
				.update();
		return fixtures.user(Role.REGIONAL_ADMINISTRATOR, world.municipality(), null);
	}

	private String regionOf(CurrentUser user) {
		return jdbc.sql("select region_code from municipality where code = ?").param(user.municipality().value())
				.query(String.class).single();
	}

	private java.util.List<String> audit(String subject) {
		return jdbc.sql("select action || ' ' || what from audit_event where subject = ? order by id").param(subject)
				.query(String.class).list();
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestFixtures.api(user));
	}
}
