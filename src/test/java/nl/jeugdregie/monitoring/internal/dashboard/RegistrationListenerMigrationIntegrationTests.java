package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19 P1, ADR 0053, migration V50_1: open deliveries of a registration to the three monitoring listeners that no
 * longer exist become one open delivery to the remaining one, so none is stuck and none is doubled.
 */
@IntegrationTest
class RegistrationListenerMigrationIntegrationTests {

	private static final String PREFIX = "nl.jeugdregie.monitoring.internal.";
	private static final String SUFFIX = ".on(nl.jeugdregie.intake.HelpRequestRegistered)";
	private static final String DASHBOARD = PREFIX + "dashboard.DashboardProjection" + SUFFIX;

	@Autowired JdbcClient jdbc;

	@Test
	@DisplayName("Issue 19 P1: V50_1 moves open deliveries of the removed registration listeners to the remaining one")
	void movesOpenDeliveriesOfTheRemovedListenersToTheRemainingOne() throws IOException {
		// Events no listener can read: if a delivery ran anyway, it would fail, never write; removed at the end.
		var onlyRemoved = "{\"migrationTest\":\"" + UUID.randomUUID() + "\"}";
		var alsoDashboard = "{\"migrationTest\":\"" + UUID.randomUUID() + "\"}";
		var completed = "{\"migrationTest\":\"" + UUID.randomUUID() + "\"}";
		try {
			open(onlyRemoved, PREFIX + "TreatmentWaitProjection" + SUFFIX);
			open(onlyRemoved, PREFIX + "outcomes.OutcomeProjection" + SUFFIX);
			open(onlyRemoved, PREFIX + "schools.SchoolsProjection" + SUFFIX);
			open(alsoDashboard, PREFIX + "outcomes.OutcomeProjection" + SUFFIX);
			open(alsoDashboard, DASHBOARD);
			jdbc.sql("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
					    completion_date, status, completion_attempts)
					values (?, ?, 'nl.jeugdregie.intake.HelpRequestRegistered', ?, now(), now(), 'COMPLETED', 1)""")
					.params(UUID.randomUUID(), PREFIX + "TreatmentWaitProjection" + SUFFIX, completed).update();

			jdbc.sql(new ClassPathResource("db/migration/V50_1__monitoring_one_registration_listener.sql")
					.getContentAsString(StandardCharsets.UTF_8)).update();

			assertThat(listeners(onlyRemoved)).containsExactly(DASHBOARD);
			assertThat(listeners(alsoDashboard)).containsExactly(DASHBOARD);
			assertThat(listeners(completed)).as("completed deliveries stay as they are")
					.containsExactly(PREFIX + "TreatmentWaitProjection" + SUFFIX);
		} finally {
			jdbc.sql("delete from event_publication where serialized_event in (?, ?, ?)")
					.params(onlyRemoved, alsoDashboard, completed).update();
		}
	}

	private void open(String event, String listener) {
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts)
				values (?, ?, 'nl.jeugdregie.intake.HelpRequestRegistered', ?, now(), 'PUBLISHED', 1)""")
				.params(UUID.randomUUID(), listener, event).update();
	}

	private List<String> listeners(String event) {
		return jdbc.sql("select listener_id from event_publication where serialized_event = ?").param(event)
				.query(String.class).list();
	}
}
