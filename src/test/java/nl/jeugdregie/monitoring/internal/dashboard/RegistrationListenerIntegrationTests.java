package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19 P1, ADR 0053, ADR 0057: monitoring stores no event publication for a registration: its synchronous
 * listener writes one row to its registration inbox in the registering transaction, and the fold feeds the
 * dashboard, treatment-wait and outcome read models from it; a registration folded again (as after a fold that
 * failed) counts nothing twice.
 */
@IntegrationTest
class RegistrationListenerIntegrationTests {

	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;
	@Autowired DashboardQueries queries;

	@Test
	@DisplayName("Issue 19 P1 (MON-1, MON-3): a registration stores no publication; its inbox row feeds every monitoring read model of it")
	void theInboxRowFeedsEveryReadModelOfTheRegistration() {
		var world = fixtures.newWorld();
		var events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());

		var request = events.request().registered("2026-10-01").id.value();

		assertThat(publications(request)).as("monitoring's publications of the registration").isEmpty();
		awaitDelivered(request);
		assertThat(rows("monitoring_event", request)).isEqualTo(1);
		assertThat(rows("monitoring_treatment_wait", request)).isEqualTo(1);
		assertThat(rows("monitoring_outcome_registration", request)).isEqualTo(1);
	}

	@Test
	@DisplayName("Issue 19 P1: the registration folded again changes none of the read models")
	void aRepeatedFoldCountsNothingTwice() {
		var world = fixtures.newWorld();
		var events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());
		var request = events.request().registered("2026-10-02").id.value();
		awaitDelivered(request);
		var registrations = monthRegistrations(world.municipality().value());

		// The same registration in the inbox again: the fold applies it again.
		jdbc.sql("""
				insert into monitoring_registration_inbox (help_request_id, municipality, team_id, registered_on,
				    treatment_deadline, channel, referrer, crisis, request_type, age_at_registration)
				select help_request_id, municipality_code, team_id, occurred_on, treatment_deadline, channel, referrer,
				    crisis, request_type, age
				from monitoring_event where help_request_id = ? and kind = 'REGISTERED'""").param(request).update();
		awaitDelivered(request);

		assertThat(rows("monitoring_event", request)).isEqualTo(1);
		assertThat(rows("monitoring_treatment_wait", request)).isEqualTo(1);
		assertThat(rows("monitoring_outcome_registration", request)).isEqualTo(1);
		assertThat(monthRegistrations(world.municipality().value())).isEqualTo(registrations).isEqualTo(1);
	}

	private List<String> publications(UUID request) {
		return jdbc.sql("""
				select listener_id from event_publication where serialized_event like :id and listener_id like 'nl.jeugdregie.monitoring.%'
				union all
				select listener_id from event_publication_archive where serialized_event like :id and listener_id like 'nl.jeugdregie.monitoring.%'""")
				.param("id", "%" + request + "%").query(String.class).list();
	}

	private void awaitDelivered(UUID request) {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select count(*) from monitoring_registration_inbox where help_request_id = ?""")
				.param(request).query(Long.class).single() == 0);
	}

	private long rows(String table, UUID request) {
		return jdbc.sql("select count(*) from " + table + " where help_request_id = ?").param(request)
				.query(Long.class).single();
	}

	private long monthRegistrations(String municipality) {
		var october = YearMonth.of(2026, 10);
		return queries.figures(DashboardScope.municipality(municipality, october, october), LocalDate.of(2026, 11, 16))
				.total().registrations().count();
	}
}
