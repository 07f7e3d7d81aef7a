package nl.jeugdregie.messaging.internal.terms;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumMap;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 item 4: the terms' pages and API against every role of the municipality, another municipality's team lead
 * and a provider's account that is not linked. Every municipality reads only its own terms (TermsIntegrationTests
 * proves the rows); here the doors: the worklist for the access team, the administrator and providers, the dashboard
 * also for the policy officer.
 */
@IntegrationTest
@DisplayName("Issue 16 item 4: access to the iJw answer terms per role and municipality (TOEW-7)")
class TermsAccessIntegrationTests {

	private static final String OTHER_MUNICIPALITY = "TEAM_LEAD of another municipality";
	private static final String UNLINKED_PROVIDER = "PROVIDER not linked to a provider";
	private static final Set<Role> WORKLIST = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.ADMINISTRATOR, Role.PROVIDER);
	private static final Set<Role> DASHBOARD = Set.of(Role.YOUTH_PROFESSIONAL, Role.TEAM_LEAD, Role.BEHAVIOURAL_EXPERT,
			Role.ADMINISTRATOR, Role.PROVIDER, Role.POLICY_OFFICER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;

	@Test
	void letsEachRoleReachOnlyItsPartOfTheTerms() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, world.municipality(), role.worksOnCases() ? world.team() : null));
		}
		IjwEvents.provider(mvc, users.get(Role.POLICY_OFFICER), users.get(Role.ADMINISTRATOR), users.get(Role.PROVIDER),
				"Zorggroep Maasland", "98000011");

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.TEAM_LEAD, elsewhere.municipality(), elsewhere.team()))
				.caller(UNLINKED_PROVIDER, fixtures.user(Role.PROVIDER, world.municipality(), null))
				.expect(page("GET /ijw/termijnen", () -> get("/ijw/termijnen"), 200),
						Access.to(WORKLIST).except(UNLINKED_PROVIDER, 403))
				.expect(page("GET /ijw/termijnen (filtered)", () -> get("/ijw/termijnen").param("stroom", "declaratie")
						.param("status", "verlopen").param("wie", "gemeente").param("pagina", "2"), 200),
						Access.to(WORKLIST).except(UNLINKED_PROVIDER, 403))
				.expect(page("GET /ijw/termijnen/overzicht", () -> get("/ijw/termijnen/overzicht"), 200),
						Access.to(DASHBOARD).except(UNLINKED_PROVIDER, 403))
				.expect(api("GET /api/v1/ijw/terms", () -> get("/api/v1/ijw/terms"), 200),
						Access.to(WORKLIST).except(UNLINKED_PROVIDER, 403))
				.expect(api("GET /api/v1/ijw/terms (bad filter)", () -> get("/api/v1/ijw/terms").param("status", "x"), 400),
						Access.to(WORKLIST).except(UNLINKED_PROVIDER, 403))
				.expect(api("GET /api/v1/ijw/terms/summary", () -> get("/api/v1/ijw/terms/summary"), 200),
						Access.to(DASHBOARD).except(UNLINKED_PROVIDER, 403))
				.verify();
		assertThat(cells).isGreaterThan(60);
	}
}
