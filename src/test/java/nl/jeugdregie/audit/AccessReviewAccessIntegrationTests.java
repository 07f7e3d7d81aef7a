package nl.jeugdregie.audit;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static nl.jeugdregie.identity.Role.ADMINISTRATOR;
import static nl.jeugdregie.identity.Role.PRIVACY_OFFICER;
import static nl.jeugdregie.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Set;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.internal.file.ReasonedFileReads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2 (issue 11 item 6): every endpoint of the break-the-glass review, the AVG article 15 overview and the access
 * history, against every role of the file's municipality, the lead of the other team, and the team lead and privacy
 * officer of another municipality. Another team's or municipality's item does not exist for them (404); the privacy
 * officer reads the review but never decides, and never opens the client file itself.
 */
@IntegrationTest
@DisplayName("SEC-2: who reaches the break-the-glass review, the AVG article 15 overview and the access history")
class AccessReviewAccessIntegrationTests {

	private static final String OTHER_TEAM_LEAD = "TEAM_LEAD of the other team";
	private static final String ELSEWHERE_LEAD = "TEAM_LEAD of another municipality";
	private static final String ELSEWHERE_PRIVACY = "PRIVACY_OFFICER of another municipality";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired ReasonedFileReads reads;
	@Autowired JdbcClient jdbc;

	@Test
	void admitsEachRoleOfEachMunicipalityOnlyToItsPartOfTheReview() throws Exception {
		var oss = new BreakTheGlassWorld(fixtures, registration, reads, jdbc);
		var item = oss.readWithReason();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, switch (role) {
				case TEAM_LEAD -> oss.lead;
				case PRIVACY_OFFICER -> oss.privacyOfficer;
				default -> fixtures.user(role, oss.world.municipality(), role.worksOnCases() ? oss.world.team() : null);
			});
		}
		var elsewhere = fixtures.newWorld();
		var number = oss.number;

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_TEAM_LEAD, oss.otherLead)
				.caller(ELSEWHERE_LEAD, fixtures.user(TEAM_LEAD, elsewhere.municipality(), elsewhere.team()))
				.caller(ELSEWHERE_PRIVACY, fixtures.user(PRIVACY_OFFICER, elsewhere.municipality(), null))
				.refusingPostsWithoutCsrfTokenFrom(oss.lead)
				// The lead's own list: every lead has one (another team's or municipality's is empty).
				.expect(page("GET /team/inzage-met-reden", () -> get("/team/inzage-met-reden"), 200),
						Access.to(TEAM_LEAD))
				.expect(page("GET /team/inzage-met-reden/{id}", () -> get("/team/inzage-met-reden/{id}", item), 200),
						Access.to(TEAM_LEAD).except(OTHER_TEAM_LEAD, 404).except(ELSEWHERE_LEAD, 404))
				.expect(page("POST /team/inzage-met-reden/{id} (no choice)", () -> post("/team/inzage-met-reden/{id}", item)
								.param("version", "0"), 200),
						Access.to(TEAM_LEAD).except(OTHER_TEAM_LEAD, 404).except(ELSEWHERE_LEAD, 404))
				.expect(page("POST /team/inzage-met-reden/{id}/bevestigen (no choice)",
								() -> post("/team/inzage-met-reden/{id}/bevestigen", item).param("version", "0"), 200),
						Access.to(TEAM_LEAD).except(OTHER_TEAM_LEAD, 404).except(ELSEWHERE_LEAD, 404))
				.expect(page("POST /team/inzage-met-reden/{id}/wijzigen", () -> post("/team/inzage-met-reden/{id}/wijzigen", item)
								.param("version", "0").param("decision", "REPORTED"), 200),
						Access.to(TEAM_LEAD).except(OTHER_TEAM_LEAD, 404).except(ELSEWHERE_LEAD, 404))
				.expect(page("GET /beheer/privacy/inzage-met-reden", () -> get("/beheer/privacy/inzage-met-reden"), 200),
						Access.to(PRIVACY_OFFICER))
				.expect(page("GET /beheer/privacy/inzageoverzicht", () -> get("/beheer/privacy/inzageoverzicht"), 200),
						Access.to(PRIVACY_OFFICER))
				// Another municipality's privacy officer finds no such client: the form says so (200).
				.expect(page("POST /beheer/privacy/inzageoverzicht", () -> post("/beheer/privacy/inzageoverzicht")
								.param("reference", number), 200),
						Access.to(PRIVACY_OFFICER))
				.expect(page("POST /beheer/privacy/inzageoverzicht.pdf", () -> post("/beheer/privacy/inzageoverzicht.pdf")
								.param("reference", number), 200),
						Access.to(PRIVACY_OFFICER).except(ELSEWHERE_PRIVACY, 404))
				.expect(page("GET /beheer/audit", () -> get("/beheer/audit"), 200),
						Access.to(Set.of(ADMINISTRATOR, PRIVACY_OFFICER)))
				.expect(page("GET /beheer/audit/controle", () -> get("/beheer/audit/controle"), 200),
						Access.to(ADMINISTRATOR))
				.expect(api("GET /api/v1/access-reviews", () -> get("/api/v1/access-reviews"), 200),
						Access.to(Set.of(TEAM_LEAD, PRIVACY_OFFICER)))
				.expect(api("GET /api/v1/access-reviews/{id}", () -> get("/api/v1/access-reviews/{id}", item), 200),
						Access.to(Set.of(TEAM_LEAD, PRIVACY_OFFICER)).except(OTHER_TEAM_LEAD, 404)
								.except(ELSEWHERE_LEAD, 404).except(ELSEWHERE_PRIVACY, 404))
				.expect(api("POST /api/v1/access-reviews/{id}/decision (no choice)", () -> post("/api/v1/access-reviews/{id}/decision", item)
								.contentType(MediaType.APPLICATION_JSON).content("{}"), 400),
						Access.to(TEAM_LEAD).except(OTHER_TEAM_LEAD, 404).except(ELSEWHERE_LEAD, 404))
				.expect(api("POST /api/v1/access-overviews", () -> post("/api/v1/access-overviews")
								.contentType(MediaType.APPLICATION_JSON).content("{\"reference\":\"" + number + "\"}"), 200),
						Access.to(PRIVACY_OFFICER).except(ELSEWHERE_PRIVACY, 404))
				.expect(api("GET /api/v1/audit/access-history", () -> get("/api/v1/audit/access-history")
								.param("subject", "Hulpvraag " + number), 200),
						Access.to(Set.of(ADMINISTRATOR, PRIVACY_OFFICER)))
				.verify();

		assertThat(cells).isGreaterThan(100);
		// Nobody decided anything on the way: the item is still open.
		assertThat(jdbc.sql("select decision from access_review where audit_event_id = ?").param(item)
				.query(String.class).optional()).isEmpty();
	}

	@Test
	@DisplayName("SEC-2: the privacy officer decides nothing on the review list and never opens a client file")
	void letsThePrivacyOfficerNeitherDecideNorOpenAFile() throws Exception {
		var oss = new BreakTheGlassWorld(fixtures, registration, reads, jdbc);
		var item = oss.readWithReason();
		var basic = TestFixtures.api(oss.privacyOfficer);

		mvc.perform(post("/api/v1/access-reviews/{id}/decision", item).with(basic).contentType(MediaType.APPLICATION_JSON)
						.content("{\"decision\":\"JUSTIFIED\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/help-requests/{id}", oss.request.value()).with(basic)
						.header("Jeugdregie-Access-Reason", "Verzoek om inzage van de moeder"))
				.andExpect(status().isForbidden());
		assertThat(oss.auditRows(AuditAction.ACCESS_REVIEWED)).isZero();
	}
}
