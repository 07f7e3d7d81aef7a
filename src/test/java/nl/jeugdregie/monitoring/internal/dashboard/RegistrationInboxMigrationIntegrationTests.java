package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.schools.SchoolLocationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Issue 19 P1, ADR 0057, migration V54_2: registrations whose delivery to the old registration listener is still
 * open move into monitoring's registration inbox, so an upgrade loses none; completed deliveries stay as they are.
 */
@IntegrationTest
class RegistrationInboxMigrationIntegrationTests {

	private static final String OLD_LISTENER =
			"nl.jeugdregie.monitoring.internal.dashboard.DashboardProjection.on(nl.jeugdregie.intake.HelpRequestRegistered)";

	@Autowired TestFixtures fixtures;
	@Autowired JdbcClient jdbc;
	@Autowired EventSerializer serializer;

	@Test
	@DisplayName("Issue 19 P1, MON-1: V54_2 moves open deliveries of the old registration listener into the inbox")
	void movesOpenDeliveriesOfTheOldListenerIntoTheInbox() throws IOException {
		var world = fixtures.newWorld();
		var school = new SchoolLocationId(UUID.randomUUID());
		var earlier = new HelpRequestId(UUID.randomUUID());
		var open = new HelpRequestRegistered(new HelpRequestId(UUID.randomUUID()), world.municipality(),
				world.team().id(), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 19), Channel.EMAIL,
				Referrer.SCHOOL, Crisis.DURING_OFFICE_HOURS, RequestType.REGULAR, 15, earlier, school);
		var completed = new HelpRequestRegistered(new HelpRequestId(UUID.randomUUID()), world.municipality(),
				world.team().id(), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 20), Channel.PHONE,
				Referrer.PARENT, Crisis.NONE, RequestType.REGULAR, 9, null);
		var openJson = serializer.serialize(open).toString();
		var completedJson = serializer.serialize(completed).toString();
		try {
			jdbc.sql("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
					    completion_attempts)
					values (?, ?, 'nl.jeugdregie.intake.HelpRequestRegistered', ?, now(), 'FAILED', 3)""")
					.params(UUID.randomUUID(), OLD_LISTENER, openJson).update();
			jdbc.sql("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
					    completion_date, status, completion_attempts)
					values (?, ?, 'nl.jeugdregie.intake.HelpRequestRegistered', ?, now(), now(), 'COMPLETED', 1)""")
					.params(UUID.randomUUID(), OLD_LISTENER, completedJson).update();

			jdbc.sql(movingOpenWork()).update();

			assertThat(publications(openJson)).as("the open delivery is gone").isZero();
			assertThat(publications(completedJson)).as("completed deliveries stay as they are").isEqualTo(1);
			// The fold applies the moved registration with every field the event carried.
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
					"select count(*) from monitoring_registration_inbox where help_request_id = ?")
					.param(open.helpRequest().value()).query(Long.class).single() == 0);
			assertThat(jdbc.sql("""
					select municipality_code || ' ' || team_id || ' ' || occurred_on || ' ' || treatment_deadline || ' '
					    || channel || ' ' || referrer || ' ' || crisis || ' ' || request_type || ' ' || age || ' '
					    || earlier_request
					from monitoring_event where help_request_id = ? and kind = 'REGISTERED'""")
					.param(open.helpRequest().value()).query(String.class).single())
					.isEqualTo(world.municipality().value() + " " + world.team().id().value()
							+ " 2026-10-05 2026-10-19 EMAIL SCHOOL DURING_OFFICE_HOURS REGULAR 15 " + earlier.value());
			assertThat(jdbc.sql("select school_location_id from monitoring_school_question where help_request_id = ?")
					.param(open.helpRequest().value()).query(UUID.class).single()).isEqualTo(school.value());
			assertThat(jdbc.sql("select count(*) from monitoring_event where help_request_id = ?")
					.param(completed.helpRequest().value()).query(Long.class).single()).isZero();
		} finally {
			jdbc.sql("delete from event_publication where serialized_event in (?, ?)").params(openJson, completedJson)
					.update();
		}
	}

	/** V54_2 without the table it creates first: the statements that move open work. */
	private static String movingOpenWork() throws IOException {
		var script = new ClassPathResource("db/migration/V54_2__monitoring_registration_inbox.sql")
				.getContentAsString(StandardCharsets.UTF_8);
		return script.substring(script.indexOf("insert into monitoring_registration_inbox"));
	}

	private long publications(String serialized) {
		return jdbc.sql("select count(*) from event_publication where serialized_event = ?").param(serialized)
				.query(Long.class).single();
	}
}
