package nl.jeugdregie.messaging;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 items 2 and 7 (TOEW-7, ADR 0046): the outgoing list, its retry, the allocation's iJw page and the outgoing
 * API against every role of the municipality, another municipality's team lead and an unlinked provider account. The
 * rows a provider sees (only its own) are proven in OutgoingAllocationMessagesIntegrationTests; here the doors.
 */
@IntegrationTest
@DisplayName("Issue 16: access to the outgoing iJw messages per role and municipality (TOEW-7)")
class OutgoingMessagesAccessIntegrationTests {

	private static final String OTHER_MUNICIPALITY = "TEAM_LEAD of another municipality";
	private static final String UNLINKED_PROVIDER = "PROVIDER not linked to a provider";
	private static final Set<Role> STAFF = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.ADMINISTRATOR);
	private static final Set<Role> API = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	void letsEachRoleReachOnlyItsPartOfTheOutgoingMessages() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		linkProvider(users.get(Role.POLICY_OFFICER), users.get(Role.ADMINISTRATOR), users.get(Role.PROVIDER));
		var unknown = UUID.randomUUID();
		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team()))
				.caller(UNLINKED_PROVIDER, fixtures.user(Role.PROVIDER, world.municipality(), null))
				.refusingPostsWithoutCsrfTokenFrom(users.get(Role.TEAM_LEAD))
				.expect(page("GET /ijw/uitgaande-berichten", () -> get("/ijw/uitgaande-berichten"), 200),
						Access.to(STAFF))
				.expect(page("GET /ijw/uitgaande-berichten (filtered)", () -> get("/ijw/uitgaande-berichten")
						.param("bsn", "999900006").param("toewijzing", "12").param("status", "sent").param("pagina", "2"), 200),
						Access.to(STAFF))
				.expect(page("GET /ijw/toewijzingen/1/berichten", () -> get("/ijw/toewijzingen/1/berichten"), 200),
						Access.to(STAFF))
				// an entry of no municipality: found by nobody, refused to the others
				.expect(page("POST /ijw/uitgaande-berichten/{id}/opnieuw", () -> post("/ijw/uitgaande-berichten/" + unknown + "/opnieuw"), 404),
						Access.to(STAFF))
				.expect(api("GET /api/v1/ijw/outgoing", () -> get("/api/v1/ijw/outgoing"), 200), Access.to(API))
				.expect(api("GET /api/v1/ijw/outgoing (bad filter)", () -> get("/api/v1/ijw/outgoing").param("client", "1"), 400),
						Access.to(API).except(UNLINKED_PROVIDER, 200))
				.expect(api("GET /api/v1/ijw/outgoing/{id}", () -> get("/api/v1/ijw/outgoing/" + unknown), 404), Access.to(API))
				.verify();
		assertThat(cells).isGreaterThan(60);
	}

	/** A provider in the municipality's list with the PROVIDER account linked to it, through the allocation API. */
	private void linkProvider(CurrentUser keeper, CurrentUser administrator, CurrentUser account) throws Exception {
		var created = mvc.perform(post("/api/v1/allocation/providers").with(TestFixtures.api(keeper))
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Zorggroep Maasland\",\"agbCode\":\"98000011\"}"))
				.andReturn().getResponse();
		String id = com.jayway.jsonpath.JsonPath.read(created.getContentAsString(), "$.id");
		var linked = mvc.perform(post("/api/v1/allocation/providers/{id}/accounts", id).with(TestFixtures.api(administrator))
				.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"%s\"}".formatted(account.username())))
				.andReturn().getResponse();
		assertThat(linked.getStatus()).isLessThan(300);
	}
}
