package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19 item 7, no event is lost: monitoring's read models refuse every write for a while (a trigger, installed
 * by the test on every monitoring table with a municipality, raises an error for the test's municipality only: a real
 * database failure inside the listeners' transactions, no mock), so every asynchronous listener fails. Once the
 * trigger is gone, the scheduled redelivery (platform.events.EventRedelivery) delivers them again, and the dashboard
 * and the report read models equal a count made independently of monitoring. Delivering every event a second time
 * changes nothing: the projections are idempotent.
 */
@IntegrationTest
class EventRedeliveryIntegrationTests {

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Autowired TestFixtures fixtures;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;
	@Autowired DashboardQueries queries;

	private RefusedReadModelWrites faults;

	@BeforeEach
	void faults() {
		faults = new RefusedReadModelWrites(jdbc);
	}

	@Test
	@DisplayName("Issue 19 item 7: listeners that failed for a while are redelivered until the read models are exact")
	void redeliversFailedListenersUntilTheReadModelsEqualAnIndependentCount() {
		var world = fixtures.newWorld();
		var municipality = world.municipality().value();
		var events = new IntakeEvents(publisher, transactions, world.municipality(), world.team().id());
		refuseMonitoringWritesFor(municipality);

		// The independent count: what this test published, counted here.
		var registered = 0;
		var started = 0;
		var closed = 0;
		var applications = 0;
		var waitingDays = 0;
		for (var day = 1; day <= 12; day++) {
			var on = LocalDate.of(2026, 10, day);
			var request = events.request().registered(on.toString());
			registered++;
			if (day % 4 != 0) {
				var first = on.plusDays(day % 5);
				request.conversations(first.toString(), 1 + day % 3);
				started++;
				waitingDays += day % 5;
				if (day % 3 == 0) {
					request.transitioned("AWAITING_APPLICATION", "SPECIALISED_CARE", first.plusDays(1).toString(),
							first.plusDays(15).toString())
							.transitioned("APPLICATION_MADE", "SPECIALISED_CARE", first.plusDays(2).toString(),
									first.plusDays(58).toString());
					applications++;
				} else if (day % 3 == 1) {
					request.closed("SOLVED_BY_CJG", first.plusDays(3).toString());
					closed++;
				}
			}
		}

		// Every delivery to a monitoring listener fails, and keeps failing through several redelivery rounds.
		await().atMost(Duration.ofSeconds(30)).until(() -> firstDeliveriesPending(municipality) == 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> attempts(municipality) >= events.published);
		// Registrations wait in monitoring's inbox (ADR 0057), the other events as open deliveries.
		assertThat(openDeliveries(municipality) + inboxRows(municipality))
				.as("nothing got through while the read models refused").isGreaterThanOrEqualTo(events.published);
		assertThat(rows("monitoring_event", municipality)).isZero();
		assertThat(rows("monitoring_treatment_wait", municipality)).isZero();

		allowMonitoringWrites();
		await().atMost(Duration.ofSeconds(60)).until(() -> openDeliveries(municipality) == 0 && inboxRows(municipality) == 0);

		assertExact(municipality, registered, started, closed, applications, waitingDays);

		// Redelivered once more (as a resubmission racing a slow first delivery would): nothing counts twice.
		republishAll(municipality);
		await().atMost(Duration.ofSeconds(60)).until(() -> openDeliveries(municipality) == 0 && inboxRows(municipality) == 0);
		assertExact(municipality, registered, started, closed, applications, waitingDays);
	}

	private void assertExact(String municipality, int registered, int started, int closed, int applications,
			int waitingDays) {
		var october = queries.figures(DashboardScope.municipality(municipality, OCTOBER, OCTOBER), TODAY).total();
		assertThat(october.registrations().count()).as("dashboard: registrations").isEqualTo(registered);
		assertThat(october.started().count()).as("dashboard: treatment started").isEqualTo(started);
		assertThat(october.waitingDaysSum()).as("dashboard: waiting days").isEqualTo(waitingDays);
		assertThat(october.closed().count()).as("dashboard: closed").isEqualTo(closed);
		assertThat(october.applications().count()).as("dashboard: applications").isEqualTo(applications);
		// The monthly waiting-term report, the route to care and the outcome indicators read these.
		assertThat(rows("monitoring_treatment_wait", municipality)).isEqualTo(registered);
		assertThat(count("select count(*) from monitoring_treatment_wait where started_on is not null and municipality_code = ?",
				municipality)).isEqualTo(started);
		assertThat(rows("monitoring_route_to_care", municipality)).isEqualTo(applications);
		assertThat(rows("monitoring_outcome_registration", municipality)).isEqualTo(registered);
		assertThat(rows("monitoring_outcome_closure", municipality)).isEqualTo(closed);
	}

	/** Every stored delivery of the municipality's events, to every listener, run again as a fresh delivery. */
	private void republishAll(String municipality) {
		jdbc.sql("""
				update event_publication set status = 'FAILED', completion_date = null
				where serialized_event like :municipality""")
				.param("municipality", "%\"" + municipality + "\"%").update();
	}

	private long firstDeliveriesPending(String municipality) {
		return count("""
				select count(*) from event_publication where status in ('PUBLISHED', 'PROCESSING')
				and serialized_event like ?""", "%\"" + municipality + "\"%");
	}

	private long openDeliveries(String municipality) {
		return count("select count(*) from event_publication where completion_date is null and serialized_event like ?",
				"%\"" + municipality + "\"%");
	}

	private long inboxRows(String municipality) {
		return count("select count(*) from monitoring_registration_inbox where municipality = ?", municipality);
	}

	private long attempts(String municipality) {
		return count("select coalesce(sum(completion_attempts), 0) from event_publication where serialized_event like ?",
				"%\"" + municipality + "\"%");
	}

	private long rows(String table, String municipality) {
		return count("select count(*) from " + table + " where municipality_code = ?", municipality);
	}

	private long count(String sql, String parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

	/** A trigger on every monitoring table with a municipality column raises for rows of this municipality. */
	private void refuseMonitoringWritesFor(String municipality) {
		var refused = faults.refuse(municipality, "insert or update", faults.monitoringTables());
		assertThat(refused).contains("monitoring_event", "monitoring_treatment_wait", "monitoring_outcome_registration");
	}

	@AfterEach
	void allowMonitoringWrites() {
		faults.allow();
	}
}
