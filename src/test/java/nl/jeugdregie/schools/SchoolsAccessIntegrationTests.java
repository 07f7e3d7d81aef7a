package nl.jeugdregie.schools;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static nl.jeugdregie.identity.Role.BEHAVIOURAL_EXPERT;
import static nl.jeugdregie.identity.Role.COMPULSORY_EDUCATION_OFFICER;
import static nl.jeugdregie.identity.Role.POLICY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static nl.jeugdregie.identity.Role.YOUTH_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.schools.internal.location.LocationService;
import nl.jeugdregie.schools.internal.outofschool.OutOfSchoolDraft;
import nl.jeugdregie.schools.internal.outofschool.OutOfSchoolEntry;
import nl.jeugdregie.schools.internal.outofschool.OutOfSchoolService;
import nl.jeugdregie.schools.internal.outofschool.ReasonCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 17 (SEC-2): every schools page and API endpoint against every role of the municipality and against the team
 * lead, youth professional, policy officer and compulsory-education officer of another municipality, who find
 * neither its locations nor its children out of school (404) and see only their own lists. Requests are harmless on
 * purpose (empty, invalid or on a stale version), so the table can call each of them as every caller.
 */
@IntegrationTest
@DisplayName("Issue 17: schools pages and API per role and per municipality (OND-1 … OND-7)")
class SchoolsAccessIntegrationTests {

	private static final Set<Role> READERS = Set.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT, POLICY_OFFICER,
			COMPULSORY_EDUCATION_OFFICER);
	private static final Set<Role> CASE_WORKERS = Set.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT);
	private static final Set<Role> LOCATION_KEEPERS = Set.of(POLICY_OFFICER, TEAM_LEAD);
	private static final Set<Role> COVER_KEEPERS = Set.of(TEAM_LEAD);
	private static final Set<Role> OUT_OF_SCHOOL = Set.of(YOUTH_PROFESSIONAL, TEAM_LEAD, BEHAVIOURAL_EXPERT,
			COMPULSORY_EDUCATION_OFFICER);
	private static final Set<Role> NORM_KEEPERS = Set.of(POLICY_OFFICER);
	private static final Set<Role> AGGREGATES = Set.of(TEAM_LEAD, POLICY_OFFICER);
	private static final String STALE = "\"999\"";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired LocationService locations;
	@Autowired OutOfSchoolService outOfSchool;
	@Autowired Clock clock;

	private final Map<String, Role> others = new LinkedHashMap<>();

	@Test
	void letsEachRoleReachOnlyItsSchoolPagesAndEndpointsOfItsOwnMunicipality() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		var today = LocalDate.now(clock);
		var location = SchoolsTestData.location(locations, users.get(TEAM_LEAD), 1, SchoolType.PRIMARY,
				SchoolsTestData.basis(today)).id().value();
		var entry = ((Outcome.Done<OutOfSchoolEntry>) outOfSchool.record(users.get(COMPULSORY_EDUCATION_OFFICER),
				new OutOfSchoolDraft("Daan", "Test", LocalDate.of(2012, 1, 1), today.minusDays(30), ReasonCategory.ILLNESS,
						null, "Gesprek", null))).value().id().value();
		var matrix = AccessMatrix.of(mvc).callers(users).anonymous().refusingPostsWithoutCsrfTokenFrom(users.get(TEAM_LEAD));
		for (var role : new Role[] { TEAM_LEAD, YOUTH_PROFESSIONAL, POLICY_OFFICER, COMPULSORY_EDUCATION_OFFICER }) {
			var name = role.name() + " of another municipality";
			others.put(name, role);
			matrix.caller(name, fixtures.user(role, elsewhere.municipality(), role.worksOnCases() ? elsewhere.team() : null));
		}
		var json = MediaType.APPLICATION_JSON;

		var cells = matrix
				// Locations and their connection (OND-1, OND-3)
				.expect(page("GET /scholen", () -> get("/scholen"), 200), list(READERS))
				.expect(page("GET /scholen/{id}", () -> get("/scholen/{id}", location), 200), one(READERS))
				.expect(page("GET /scholen/nieuw", () -> get("/scholen/nieuw"), 200), list(LOCATION_KEEPERS))
				.expect(page("POST /scholen/nieuw (empty)", () -> post("/scholen/nieuw"), 200), list(LOCATION_KEEPERS))
				.expect(page("GET /scholen/{id}/aansluiting", () -> get("/scholen/{id}/aansluiting", location), 200), one(LOCATION_KEEPERS))
				.expect(page("POST /scholen/{id}/aansluiting (empty)", () -> post("/scholen/{id}/aansluiting", location)
						.param("version", "999"), 200), one(LOCATION_KEEPERS))
				.expect(page("GET /scholen/import", () -> get("/scholen/import"), 200), list(LOCATION_KEEPERS))
				.expect(page("POST /scholen/import (no file)", () -> post("/scholen/import"), 200), list(LOCATION_KEEPERS))
				// OCP, stand-in, absences, cover (OND-4)
				.expect(page("GET /scholen/{id}/contactpersonen", () -> get("/scholen/{id}/contactpersonen", location), 200), one(COVER_KEEPERS))
				.expect(page("POST /scholen/{id}/contactpersonen (stale)", () -> post("/scholen/{id}/contactpersonen", location)
						.param("version", "999"), 200), one(COVER_KEEPERS))
				.expect(page("GET /scholen/afwezigheden", () -> get("/scholen/afwezigheden"), 200), list(READERS))
				.expect(page("POST /scholen/afwezigheden (empty)", () -> post("/scholen/afwezigheden"), 200), list(COVER_KEEPERS))
				.expect(page("GET /scholen/zonder-vervanging", () -> get("/scholen/zonder-vervanging"), 200), list(READERS))
				// Visits, worklist, ZAT (OND-2, OND-4)
				.expect(page("GET /scholen/{id}/contact", () -> get("/scholen/{id}/contact", location), 200), one(CASE_WORKERS))
				.expect(page("POST /scholen/{id}/contact (empty)", () -> post("/scholen/{id}/contact", location), 200), one(CASE_WORKERS))
				.expect(page("GET /scholen/werklijst", () -> get("/scholen/werklijst"), 200), list(CASE_WORKERS))
				.expect(page("GET /scholen/{id}/zat", () -> get("/scholen/{id}/zat", location), 200), one(CASE_WORKERS))
				.expect(page("POST /scholen/{id}/zat (empty)", () -> post("/scholen/{id}/zat", location), 200), one(CASE_WORKERS))
				// Presence norms kept by the policy officer (OND-2, ADR 0041)
				.expect(page("GET /scholen/normen", () -> get("/scholen/normen"), 200), list(READERS))
				.expect(page("POST /scholen/normen (empty)", () -> post("/scholen/normen"), 200), list(NORM_KEEPERS))
				// Family contact persons (OND-6)
				.expect(page("GET /scholen/gezinscontactpersonen", () -> get("/scholen/gezinscontactpersonen"), 200), list(READERS))
				.expect(page("GET /scholen/gezinscontactpersonen/nieuw", () -> get("/scholen/gezinscontactpersonen/nieuw"), 200),
						list(LOCATION_KEEPERS))
				.expect(page("POST /scholen/gezinscontactpersonen/nieuw (empty)", () -> post("/scholen/gezinscontactpersonen/nieuw"), 200),
						list(LOCATION_KEEPERS))
				// Children out of school (OND-7)
				.expect(page("GET /scholen/thuiszitters", () -> get("/scholen/thuiszitters"), 200), list(OUT_OF_SCHOOL))
				.expect(page("GET /scholen/thuiszitters/nieuw", () -> get("/scholen/thuiszitters/nieuw"), 200), list(OUT_OF_SCHOOL))
				.expect(page("POST /scholen/thuiszitters/nieuw (empty)", () -> post("/scholen/thuiszitters/nieuw"), 200), list(OUT_OF_SCHOOL))
				.expect(page("GET /scholen/thuiszitters/{id}", () -> get("/scholen/thuiszitters/{id}", entry), 200), one(OUT_OF_SCHOOL))
				.expect(page("POST /scholen/thuiszitters/{id}/weer-naar-school/controleren (empty)",
						() -> post("/scholen/thuiszitters/{id}/weer-naar-school/controleren", entry), 200), one(OUT_OF_SCHOOL))
				.expect(page("POST /scholen/thuiszitters/{id}/weer-naar-school (empty)",
						() -> post("/scholen/thuiszitters/{id}/weer-naar-school", entry), 200), one(OUT_OF_SCHOOL))
				// Overview and report (OND-3, OND-5, OND-7)
				.expect(page("GET /scholen/overzicht", () -> get("/scholen/overzicht"), 200), list(AGGREGATES))
				.expect(page("GET /rapportages/scholen", () -> get("/rapportages/scholen"), 200), list(AGGREGATES))
				.expect(page("GET /rapportages/scholen.csv", () -> get("/rapportages/scholen.csv"), 200), list(AGGREGATES))
				.expect(page("GET /rapportages/scholen.pdf", () -> get("/rapportages/scholen.pdf"), 200), list(AGGREGATES))
				// API
				.expect(api("GET /api/v1/schools/locations", () -> get("/api/v1/schools/locations"), 200), list(READERS))
				.expect(api("POST /api/v1/schools/locations (empty)", () -> post("/api/v1/schools/locations")
						.contentType(json).content("{}"), 400), list(LOCATION_KEEPERS))
				.expect(api("GET /api/v1/schools/locations/{id}", () -> get("/api/v1/schools/locations/{id}", location), 200), one(READERS))
				.expect(api("PUT /api/v1/schools/locations/{id}/connection (stale)", () -> put("/api/v1/schools/locations/{id}/connection",
						location).header("If-Match", STALE).contentType(json)
						.content("{\"connectionType\":\"BASIS\",\"since\":\"2026-01-01\"}"), 409), one(LOCATION_KEEPERS))
				.expect(api("POST /api/v1/schools/locations/import (bad file)", () -> post("/api/v1/schools/locations/import")
						.contentType("text/csv").content("x"), 400), list(LOCATION_KEEPERS))
				.expect(api("PUT /api/v1/schools/locations/{id}/contact-persons (stale)", () -> put(
						"/api/v1/schools/locations/{id}/contact-persons", location).header("If-Match", STALE).contentType(json)
						.content("{}"), 409), one(COVER_KEEPERS))
				.expect(api("GET /api/v1/schools/absences", () -> get("/api/v1/schools/absences"), 200), list(READERS))
				.expect(api("POST /api/v1/schools/absences (empty)", () -> post("/api/v1/schools/absences").contentType(json)
						.content("{}"), 400), list(COVER_KEEPERS))
				.expect(api("GET /api/v1/schools/without-cover", () -> get("/api/v1/schools/without-cover"), 200), list(READERS))
				.expect(api("GET /api/v1/schools/locations/{id}/visits", () -> get("/api/v1/schools/locations/{id}/visits", location), 200),
						one(READERS))
				.expect(api("POST /api/v1/schools/locations/{id}/visits (empty)", () -> post("/api/v1/schools/locations/{id}/visits",
						location).contentType(json).content("{}"), 400), one(CASE_WORKERS))
				.expect(api("GET /api/v1/schools/worklist", () -> get("/api/v1/schools/worklist"), 200), list(CASE_WORKERS))
				.expect(api("GET /api/v1/schools/norms", () -> get("/api/v1/schools/norms"), 200), list(READERS))
				.expect(api("GET /api/v1/schools/locations/{id}/zat-meetings", () -> get("/api/v1/schools/locations/{id}/zat-meetings",
						location), 200), one(READERS))
				.expect(api("POST /api/v1/schools/locations/{id}/zat-meetings (empty)", () -> post(
						"/api/v1/schools/locations/{id}/zat-meetings", location).contentType(json).content("{}"), 400), one(CASE_WORKERS))
				.expect(api("GET /api/v1/schools/norms/planned", () -> get("/api/v1/schools/norms/planned"), 200), list(READERS))
				.expect(api("POST /api/v1/schools/norms (empty)", () -> post("/api/v1/schools/norms").contentType(json)
						.content("{}"), 400), list(NORM_KEEPERS))
				.expect(api("GET /api/v1/schools/family-contact-persons", () -> get("/api/v1/schools/family-contact-persons"), 200),
						list(READERS))
				.expect(api("POST /api/v1/schools/family-contact-persons (empty)", () -> post("/api/v1/schools/family-contact-persons")
						.contentType(json).content("{}"), 400), list(LOCATION_KEEPERS))
				.expect(api("GET /api/v1/schools/out-of-school", () -> get("/api/v1/schools/out-of-school"), 200), list(OUT_OF_SCHOOL))
				.expect(api("POST /api/v1/schools/out-of-school (empty)", () -> post("/api/v1/schools/out-of-school")
						.contentType(json).content("{}"), 400), list(OUT_OF_SCHOOL))
				.expect(api("GET /api/v1/schools/out-of-school/{id}", () -> get("/api/v1/schools/out-of-school/{id}", entry), 200),
						one(OUT_OF_SCHOOL))
				.expect(api("POST /api/v1/schools/out-of-school/{id}/back-at-school (stale)", () -> post(
						"/api/v1/schools/out-of-school/{id}/back-at-school", entry).header("If-Match", STALE).contentType(json)
						.content("{\"backOn\":\"" + today + "\"}"), 409), one(OUT_OF_SCHOOL))
				.expect(api("GET /api/v1/schools/overview", () -> get("/api/v1/schools/overview"), 200), list(AGGREGATES))
				.expect(api("GET /api/v1/reports/schools", () -> get("/api/v1/reports/schools"), 200), list(AGGREGATES))
				.expect(api("GET /api/v1/reports/schools?format=csv", () -> get("/api/v1/reports/schools").param("format", "csv"), 200),
						list(AGGREGATES))
				.verify();

		assertThat(cells).isGreaterThan(500);
	}

	/** A list or form of one's own municipality: the roles get in, callers of another municipality too (their own). */
	private static Access list(Set<Role> roles) {
		return Access.to(roles);
	}

	/** One location or entry: the roles of this municipality get in; the same roles elsewhere find nothing (404). */
	private Access one(Set<Role> roles) {
		var access = Access.to(roles);
		for (var other : others.entrySet()) {
			if (roles.contains(other.getValue())) {
				access = access.except(other.getKey(), 404);
			}
		}
		return access;
	}
}
