package nl.jeugdregie.messaging.internal.requests;

import static nl.jeugdregie.AccessMatrix.api;
import static nl.jeugdregie.AccessMatrix.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.UUID;
import java.util.stream.Collectors;
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
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * TOEW-7 (ADR 0048): the requests' pages and the answers' API against every role of the municipality, another
 * municipality's case worker and an unlinked provider account. The worklist is for the roles that decide allocations;
 * another municipality does not learn a request exists (404); a provider reads only its own answers.
 */
@IntegrationTest
@DisplayName("TOEW-7: access to providers' requests and the JW319 answers per role and municipality")
class RequestsAccessIntegrationTests {

	private static final String OTHER_MUNICIPALITY = "YOUTH_PROFESSIONAL of another municipality";
	private static final String UNLINKED_PROVIDER = "PROVIDER not linked to a provider";
	private static final String OTHER_PROVIDER = "PROVIDER of another provider";

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired TriageChecklist checklists;
	@Autowired Answering answering;

	@Test
	void letsEachRoleReachOnlyItsPartOfTheRequests() throws Exception {
		var w = RequestWorld.create(mvc, fixtures, new Applications(registration, lifecycle, checklists, jdbc));
		var elsewhere = fixtures.newWorld();
		mvc.perform(post("/api/v1/ijw/messages").with(TestFixtures.api(w.provider())).contentType(MediaType.APPLICATION_XML)
				.content(w.allocationRequest("VOT1", "REF-A1", "REF-A2").getBytes(StandardCharsets.UTF_8)));
		var id = jdbc.sql("select id from messaging_request where municipality_code = ? and reference = 'REF-A1'")
				.param(w.municipality()).query(UUID.class).single();
		var sent = (Outcome.Done<Answering.Sent>) answering.answer(w.professional(),
				new AnswerCommand(id, AnswerKind.UNDER_INVESTIGATION, null, 0));
		var users = new EnumMap<Role, CurrentUser>(Role.class);
		for (var role : Role.values()) {
			users.put(role, fixtures.user(role, w.world().municipality(), role.worksOnCases() ? w.world().team() : null));
		}
		users.put(Role.PROVIDER, w.provider());
		var answerers = Arrays.stream(Role.values()).filter(Role::worksOnCases).collect(Collectors.toSet());
		var readers = java.util.Set.of(Role.PROVIDER, Role.ADMINISTRATOR);

		var cells = AccessMatrix.of(mvc).callers(users).anonymous()
				.caller(OTHER_MUNICIPALITY, fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team()))
				.caller(UNLINKED_PROVIDER, fixtures.user(Role.PROVIDER, w.world().municipality(), null))
				.caller(OTHER_PROVIDER, w.otherProvider())
				.expect(page("GET /ijw/verzoeken", () -> get("/ijw/verzoeken"), 200), Access.to(answerers))
				.expect(page("GET /ijw/verzoeken (filtered)", () -> get("/ijw/verzoeken").param("status", "alle")
						.param("soort", "JW315").param("aanbieder", RequestWorld.AGB).param("pagina", "1"), 200), Access.to(answerers))
				.expect(page("GET /ijw/verzoeken/{id}", () -> get("/ijw/verzoeken/" + id), 200),
						Access.to(answerers).except(OTHER_MUNICIPALITY, 404))
				.expect(page("GET /ijw/verzoeken/{id}/antwoord", () -> get("/ijw/verzoeken/" + id + "/antwoord"), 200),
						Access.to(answerers).except(OTHER_MUNICIPALITY, 404))
				.expect(page("POST /ijw/verzoeken/{id}/antwoord/controleren", () -> post("/ijw/verzoeken/" + id
						+ "/antwoord/controleren").param("antwoord", "afwijzen").param("reden", "3").param("versie", "1"), 200),
						Access.to(answerers).except(OTHER_MUNICIPALITY, 404))
				.expect(api("GET /api/v1/ijw/answers", () -> get("/api/v1/ijw/answers"), 200), Access.to(readers))
				.expect(api("GET /api/v1/ijw/answers/{id}", () -> get("/api/v1/ijw/answers/" + sent.value().answer()), 200),
						Access.to(readers).except(UNLINKED_PROVIDER, 404).except(OTHER_PROVIDER, 404))
				.verify();
		assertThat(cells).isGreaterThan(60);
	}
}
