package nl.jeugdregie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SEC-2, NEN 7513 (issue 11 item 5): every attempt on a client file is recorded where the municipality that holds
 * the file sees it – also an attempt from another municipality, and one of a colleague of another team who gives
 * no reason – with who, role, what, when, the outcome and the address the request came from.
 */
@IntegrationTest
class ClientFileAttemptsIntegrationTests {

	@Autowired MockMvc mvc;
	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("SEC-2: the file's administrator sees an attempt from another municipality and one without a reason, with the address")
	void recordsEveryAttemptWhereTheFilesMunicipalitySeesIt() throws Exception {
		var world = fixtures.newWorld();
		var elsewhere = fixtures.newWorld();
		var professional = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		var colleague = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
		var stranger = fixtures.user(Role.YOUTH_PROFESSIONAL, elsewhere.municipality(), elsewhere.team());
		var administrator = fixtures.user(Role.ADMINISTRATOR, world.municipality(), null);
		var strangersAdministrator = fixtures.user(Role.ADMINISTRATOR, elsewhere.municipality(), null);
		var id = register(professional);
		var number = jdbc.sql("select number from help_request where id = ?").param(id).query(String.class).single();

		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(stranger)).with(from("192.0.2.7")))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/help-requests/{id}", id).with(basic(colleague)).with(from("192.0.2.8")))
				.andExpect(status().isForbidden());

		var history = mvc.perform(get("/api/v1/audit/access-history").param("subject", "Hulpvraag " + number)
						.with(basic(administrator)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> actors = JsonPath.read(history, "$[*].actorUsername");
		assertThat(actors).contains(stranger.username(), colleague.username());
		List<String> fromElsewhere = JsonPath.read(history,
				"$[?(@.actorUsername == '" + stranger.username() + "')].actorMunicipalityCode");
		assertThat(fromElsewhere).containsOnly(elsewhere.municipality().value());
		List<String> addresses = JsonPath.read(history, "$[?(@.actorUsername == '" + stranger.username() + "')].sourceAddress");
		assertThat(addresses).containsOnly("192.0.2.7");
		List<String> outcomes = JsonPath.read(history, "$[?(@.actorUsername == '" + colleague.username() + "')].action");
		assertThat(outcomes).containsOnly("REFUSED");

		// The administrator's page shows it too.
		assertThat(mvc.perform(get("/beheer/audit").param("subject", "Hulpvraag " + number)
						.session(TestFixtures.login(mvc, administrator)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
				.contains(stranger.username(), "andere gemeente (" + elsewhere.municipality().value() + ")", "192.0.2.7");

		// The other municipality's administrator does not see Oss's file in her trail.
		mvc.perform(get("/api/v1/audit/access-history").param("subject", "Hulpvraag " + number)
						.with(basic(strangersAdministrator)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
		// And the trail, with the new fields in its hashes, still verifies.
		mvc.perform(get("/api/v1/audit/verification").with(basic(administrator)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
	}

	private UUID register(CurrentUser professional) {
		var result = registration.register(new RegisterHelpRequest("Daan", "Jansen", LocalDate.of(2012, 4, 1), null,
				"Sanne Jansen", "moeder", Channel.PHONE, Referrer.PARENT, "Vraag over opvoeding en school."),
				professional, Instant.parse("2026-11-10T09:00:00Z"));
		return ((RegistrationResult.Registered) result).id().value();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(CurrentUser user) {
		return TestFixtures.api(user);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
