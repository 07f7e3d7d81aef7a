package nl.jeugdregie.identity;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.UUID;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 item 2 (ADR 0042): every page and API endpoint of the regional installation against every role of a
 * municipality of the region, the administrator of a second municipality of that region, and the regional
 * administrator of another region. Only the regional administrator gets in; another region's regional administrator
 * finds none of this region's municipalities (404). The teams and users endpoints against the regional administrator
 * (403: she keeps no municipality's accounts) are rows of {@link AdministrationAccessIntegrationTests}, which calls
 * them as every role. Requests are harmless on purpose (empty bodies), so each caller can call each row.
 */
@IntegrationTest
@DisplayName("Issue 14 item 2: only the regional administrator of the region keeps its municipalities")
class RegionalAdministrationAccessIntegrationTests {

	private static final String OTHER_ADMIN = "ADMINISTRATOR of another municipality of the region";
	private static final String OTHER_REGIONAL = "REGIONAL_ADMINISTRATOR of another region";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("Issue 14 item 2: every regional endpoint × role; another region's regional administrator gets 404, a municipality's administrator 403")
	void letsOnlyTheRegionalAdministratorOfTheRegionKeepItsMunicipalities() throws Exception {
		var region = newRegion();
		var world = fixtures.newWorld();
		var neighbour = fixtures.newWorld();
		var target = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		join(world.municipality(), region);
		join(neighbour.municipality(), region);
		join(target.municipality(), region);
		join(elsewhere.municipality(), newRegion());
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var code = "GM" + target.municipality().value();
		var targetAdmin = fixtures.user(Role.ADMINISTRATOR, target.municipality(), null).username();
		var regional = Access.to(Role.REGIONAL_ADMINISTRATOR).except(OTHER_REGIONAL, 404);
		var regionalAnywhere = Access.to(Role.REGIONAL_ADMINISTRATOR);

		var cells = AccessMatrix.of(mvc).callers(users)
				.caller(OTHER_ADMIN, fixtures.user(Role.ADMINISTRATOR, neighbour.municipality(), null))
				.caller(OTHER_REGIONAL, fixtures.user(Role.REGIONAL_ADMINISTRATOR, elsewhere.municipality(), null))
				.anonymous()
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.REGIONAL_ADMINISTRATOR))
				// Screens
				.expect(page("GET /beheer/gemeenten", () -> get("/beheer/gemeenten"), 200), regionalAnywhere)
				.expect(page("GET /beheer/gemeenten/nieuw", () -> get("/beheer/gemeenten/nieuw"), 200), regionalAnywhere)
				.expect(page("POST /beheer/gemeenten/nieuw (empty)", () -> post("/beheer/gemeenten/nieuw"), 200),
						regionalAnywhere)
				.expect(page("GET /beheer/gemeenten/{code}", () -> get("/beheer/gemeenten/{c}", code), 200), regional)
				.expect(page("GET /beheer/gemeenten/{code}/beheerder", () -> get("/beheer/gemeenten/{c}/beheerder", code),
						200), regional)
				.expect(page("POST /beheer/gemeenten/{code}/beheerder (empty)",
						() -> post("/beheer/gemeenten/{c}/beheerder", code), 200), regional)
				// API
				.expect(api("GET /api/v1/admin/municipalities", () -> get("/api/v1/admin/municipalities"), 200),
						regionalAnywhere)
				.expect(api("POST /api/v1/admin/municipalities (empty)", () -> post("/api/v1/admin/municipalities")
						.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), regionalAnywhere)
				.expect(api("GET /api/v1/admin/municipalities/{code}",
						() -> get("/api/v1/admin/municipalities/{c}", code), 200), regional)
				.expect(api("POST /api/v1/admin/municipalities/{code}/first-administrator (empty)",
						() -> post("/api/v1/admin/municipalities/{c}/first-administrator", code)
								.contentType(MediaType.APPLICATION_JSON).content("{}"), 400), regional)
				// Helping an administrator back in (issue 14, ADR 0045): her one-time password and second step.
				.expect(page("GET /beheer/gemeenten/{code}/beheerders/{u}/wachtwoord",
						() -> get("/beheer/gemeenten/{c}/beheerders/{u}/wachtwoord", code, targetAdmin), 200), regional)
				.expect(page("POST /beheer/gemeenten/{code}/beheerders/{u}/wachtwoord (old version)",
						() -> post("/beheer/gemeenten/{c}/beheerders/{u}/wachtwoord", code, targetAdmin).param("version", "-1"),
						200), regional)
				.expect(page("GET /beheer/gemeenten/{code}/beheerders/{u}/tweede-stap",
						() -> get("/beheer/gemeenten/{c}/beheerders/{u}/tweede-stap", code, targetAdmin), 200), regional)
				.expect(page("POST /beheer/gemeenten/{code}/beheerders/{u}/tweede-stap (none set up)",
						() -> post("/beheer/gemeenten/{c}/beheerders/{u}/tweede-stap", code, targetAdmin), 200), regional)
				.expect(api("GET /api/v1/admin/municipalities/{code}/administrators",
						() -> get("/api/v1/admin/municipalities/{c}/administrators", code), 200), regional)
				.expect(api("POST /api/v1/admin/municipalities/{code}/administrators/{u}/one-time-password (no If-Match)",
						() -> post("/api/v1/admin/municipalities/{c}/administrators/{u}/one-time-password", code, targetAdmin),
						428), regional)
				.expect(api("POST /api/v1/admin/municipalities/{code}/administrators/{u}/second-step/reset (none set up)",
						() -> post("/api/v1/admin/municipalities/{c}/administrators/{u}/second-step/reset", code, targetAdmin),
						422), regional)
				// The municipality's own administration stays hers: the regional administrator is refused it.
				.expect(api("GET /api/v1/admin/users", () -> get("/api/v1/admin/users"), 200), Access.to(Role.ADMINISTRATOR))
				.expect(page("GET /beheer/gebruikers", () -> get("/beheer/gebruikers"), 200), Access.to(Role.ADMINISTRATOR))
				.expect(api("GET /api/v1/admin/teams", () -> get("/api/v1/admin/teams"), 200), Access.to(Role.ADMINISTRATOR))
				.verify();

		assertThat(cells).isGreaterThan(150);
	}

	private String newRegion() {
		var code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into region (code, name) values (?, ?)").params(code, "Testregio " + code).update();
		return code;
	}

	private void join(MunicipalityCode municipality, String region) {
		jdbc.sql("update municipality set region_code = ? where code = ?").params(region, municipality.value()).update();
	}
}
