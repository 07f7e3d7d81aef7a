package nl.jeugdregie.messaging;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static nl.jeugdregie.messaging.MessagingWorld.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.AccessMatrix;
import nl.jeugdregie.AccessMatrix.Access;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.allocation.Applications;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.messaging.DeclarationMessagesIntegrationTests.Line;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 (BEY-5, ADR 0047): the declaration pages and the JW325 against every role of the municipality, another
 * municipality's administrator, another provider and a provider's account that is not linked: the administrator reads
 * all, a provider only its own.
 */
@IntegrationTest
@DisplayName("Issue 16: access to declarations and their answers per role and municipality (BEY-5)")
class DeclarationAccessIntegrationTests {

	private static final String OTHER_MUNICIPALITY = "ADMINISTRATOR of another municipality";
	private static final String OTHER_PROVIDER = "PROVIDER of another provider";
	private static final String UNLINKED_PROVIDER = "PROVIDER not linked to a provider";
	private static final Set<Role> READERS = Set.of(Role.ADMINISTRATOR, Role.PROVIDER);

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;

	@Test
	void letsTheAdministratorReadAllAndAProviderItsOwn() throws Exception {
		var w = MessagingWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var xml = DeclarationMessagesIntegrationTests.jw323(w, "AC1", "DAC1",
				List.of(Line.ofMonth("RN1", w.allocationNumber(), 1)));
		var location = mvc.perform(as(w.provider(), post("/api/v1/ijw/messages").contentType(MediaType.APPLICATION_XML)
				.content(xml.getBytes(StandardCharsets.UTF_8)))).andReturn().getResponse().getHeader("Location");
		var id = location.split("/")[5];
		var elsewhere = fixtures.newWorld();
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, w.world().municipality(), role.worksOnCases() ? w.world().team() : null));
		}
		users.put(Role.PROVIDER, w.provider());
		users.put(Role.ADMINISTRATOR, w.admin());

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.ADMINISTRATOR, elsewhere.municipality(), null))
				.caller(OTHER_PROVIDER, w.otherProvider())
				.caller(UNLINKED_PROVIDER, fixtures.user(Role.PROVIDER, w.world().municipality(), null))
				.expect(page("GET /ijw/declaraties", () -> get("/ijw/declaraties"), 200), Access.to(READERS))
				.expect(page("GET /ijw/declaraties/{id}", () -> get("/ijw/declaraties/" + id), 200),
						Access.to(READERS).except(OTHER_MUNICIPALITY, 404).except(OTHER_PROVIDER, 404).except(UNLINKED_PROVIDER, 404))
				.expect(api("GET /api/v1/ijw/messages/{id}/retour (JW325)", () -> get(location), 200),
						Access.to(READERS).except(OTHER_MUNICIPALITY, 404).except(OTHER_PROVIDER, 404).except(UNLINKED_PROVIDER, 404))
				.verify();
		assertThat(cells).isGreaterThan(30);
	}
}
