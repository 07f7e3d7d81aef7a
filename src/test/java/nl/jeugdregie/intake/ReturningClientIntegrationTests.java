package nl.jeugdregie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TOE-12: a young person returning within the configured period (12 months) goes to the professional who handled
 * the earlier request; the link to the earlier request is kept in any case.
 */
@IntegrationTest
class ReturningClientIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired HelpRequestRegistration registration;
	@Autowired HelpRequestLifecycle lifecycle;
	@Autowired JdbcClient jdbc;

	TestFixtures.World world;
	CurrentUser north;
	CurrentUser south;

	@BeforeEach
	void setUp() {
		world = fixtures.newWorld();
		north = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.team());
		south = fixtures.user(Role.YOUTH_PROFESSIONAL, world.municipality(), world.otherTeam());
	}

	@Test // TOE-12
	void routesAReturningYoungPersonToTheProfessionalWhoHandledTheEarlierRequest() {
		var earlier = handledAndClosed("2026-03-02T09:00:00Z", "2026-03-20");

		var returning = register(south, "2026-11-16T09:00:00Z");

		assertThat(returning.assignedTo()).isEqualTo(north.username());
		assertThat(returning.routedToOtherTeam()).isTrue();
		assertThat(column(returning, "team_id")).isEqualTo(world.team().id().value().toString());
		assertThat(column(returning, "earlier_request_id")).isEqualTo(earlier.id().value().toString());
	}

	@Test // TOE-12
	void keepsTheLinkButNotTheRoutingAfterThePeriod() {
		var earlier = handledAndClosed("2025-06-02T09:00:00Z", "2025-07-01");

		var returning = register(south, "2026-11-16T09:00:00Z");

		assertThat(returning.assignedTo()).isNull();
		assertThat(returning.routedToOtherTeam()).isFalse();
		assertThat(column(returning, "team_id")).isEqualTo(world.otherTeam().id().value().toString());
		assertThat(column(returning, "earlier_request_number")).isEqualTo(earlier.number());
	}

	private RegistrationResult.Registered handledAndClosed(String registeredAt, String closedOn) {
		var earlier = register(north, registeredAt);
		var on = LocalDate.parse(registeredAt.substring(0, 10));
		lifecycle.perform(earlier.id(), new Step.HoldConversation(on.plusDays(3)), north);
		assertThat(lifecycle.perform(earlier.id(), new Step.Close(ClosureReason.WITHDRAWN, LocalDate.parse(closedOn)), north))
				.isInstanceOf(Outcome.Done.class);
		return earlier;
	}

	private RegistrationResult.Registered register(CurrentUser professional, String at) {
		return (RegistrationResult.Registered) registration.register(new RegisterHelpRequest("Daan", "Jansen",
				LocalDate.of(2012, 12, 12), "123456782", null, null, Channel.PHONE, Referrer.YOUNG_PERSON, "Vraag."),
				professional, Instant.parse(at));
	}

	private String column(RegistrationResult.Registered request, String column) {
		return jdbc.sql("select " + column + "::text from help_request where id = ?").param(request.id().value())
				.query(String.class).single();
	}
}
