package nl.jeugdregie.monitoring.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestRegistered;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.schools.SchoolLocationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19 P1, MON-1, ADR 0057: monitoring's registration inbox, written in the registering transaction and folded
 * in batches by one background thread. Registrations committed side by side end up in every read model exactly; a
 * fold that fails for a while (a trigger installed by this test refuses the municipality's monitoring rows: a real
 * database failure, no test-only code) keeps them in the inbox, and after recovery each is applied once (issue 19
 * item 7: no event lost); a registration that rolls back leaves nothing behind.
 */
@IntegrationTest
class RegistrationInboxIntegrationTests {

	static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final int REGISTRATIONS = 30;

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
	@DisplayName("Issue 19 P1, MON-1: 30 registrations committed in parallel are folded into every read model exactly")
	void parallelRegistrationsAreFoldedIntoEveryReadModelExactly() throws Exception {
		var world = fixtures.newWorld();
		var municipality = world.municipality();

		var fromSchools = registerInParallel(municipality, world.team().id());

		awaitInboxEmpty(municipality.value());
		assertExact(municipality.value(), fromSchools);
	}

	@Test
	@DisplayName("Issue 19 item 7, MON-1: a fold that fails for a while keeps the registrations; after recovery each is applied once")
	void aFailingFoldKeepsTheRegistrationsUntilItSucceeds() throws Exception {
		var world = fixtures.newWorld();
		var municipality = world.municipality().value();
		refuseMonitoringEventsFor(municipality);

		var fromSchools = registerInParallel(world.municipality(), world.team().id());

		// Several folds fail meanwhile (one every fold-interval): nothing is applied, nothing leaves the inbox.
		Thread.sleep(1_500);
		assertThat(inboxRows(municipality)).isEqualTo(REGISTRATIONS);
		assertThat(rows("monitoring_event", municipality)).isZero();
		assertThat(rows("monitoring_treatment_wait", municipality)).isZero();
		assertThat(rows("monitoring_outcome_registration", municipality)).isZero();

		allowMonitoringEvents();
		awaitInboxEmpty(municipality);
		assertExact(municipality, fromSchools);
	}

	@Test
	@DisplayName("Issue 19 P1, MON-1: a registration that rolls back leaves no inbox row and counts nowhere")
	void aRolledBackRegistrationLeavesNoInboxRow() {
		var world = fixtures.newWorld();
		var municipality = world.municipality().value();
		var request = new HelpRequestId(UUID.randomUUID());

		transactions.executeWithoutResult(status -> {
			publisher.publishEvent(registration(request, world.municipality(), world.team().id(), SEPTEMBER.atDay(3),
					null));
			assertThat(inboxRows(municipality)).as("written in the registering transaction").isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(inboxRows(municipality)).isZero();
		assertThat(jdbc.sql("select count(*) from monitoring_treatment_wait where help_request_id = ?")
				.param(request.value()).query(Long.class).single()).isZero();
	}

	/** Registers {@link #REGISTRATIONS} requests from parallel threads, each in its own transaction; the number from schools. */
	private int registerInParallel(MunicipalityCode municipality, TeamId team) throws Exception {
		var tasks = new ArrayList<Callable<Void>>();
		var fromSchools = 0;
		for (var i = 0; i < REGISTRATIONS; i++) {
			var school = i % 3 == 0 ? new SchoolLocationId(UUID.randomUUID()) : null;
			fromSchools += school == null ? 0 : 1;
			var on = SEPTEMBER.atDay(1 + i % 28);
			tasks.add(() -> {
				transactions.executeWithoutResult(status -> publisher.publishEvent(
						registration(new HelpRequestId(UUID.randomUUID()), municipality, team, on, school)));
				return null;
			});
		}
		try (var pool = Executors.newFixedThreadPool(REGISTRATIONS)) {
			for (var result : pool.invokeAll(tasks)) {
				result.get();
			}
		}
		return fromSchools;
	}

	private static HelpRequestRegistered registration(HelpRequestId id, MunicipalityCode municipality, TeamId team,
			LocalDate on, SchoolLocationId school) {
		return new HelpRequestRegistered(id, municipality, team, on, on.plusWeeks(2), Channel.PHONE,
				school == null ? Referrer.PARENT : Referrer.SCHOOL, Crisis.NONE, RequestType.REGULAR, 12, null, school);
	}

	private void assertExact(String municipality, int fromSchools) {
		var september = queries.figures(DashboardScope.municipality(municipality, SEPTEMBER, SEPTEMBER), TODAY).total();
		assertThat(september.registrations().count()).as("dashboard: registrations").isEqualTo(REGISTRATIONS);
		assertThat(rows("monitoring_event", municipality)).isEqualTo(REGISTRATIONS);
		assertThat(rows("monitoring_treatment_wait", municipality)).isEqualTo(REGISTRATIONS);
		assertThat(rows("monitoring_outcome_registration", municipality)).isEqualTo(REGISTRATIONS);
		assertThat(rows("monitoring_school_question", municipality)).isEqualTo(fromSchools);
		assertThat(jdbc.sql("""
				select coalesce(sum(registrations), 0) from monitoring_month_aggregate
				where level = 1 and municipality_code = ? and month = ?""")
				.params(municipality, SEPTEMBER.atDay(1)).query(Long.class).single())
				.as("the municipality's month row").isEqualTo(REGISTRATIONS);
	}

	private void awaitInboxEmpty(String municipality) {
		await().atMost(Duration.ofSeconds(30)).until(() -> inboxRows(municipality) == 0);
	}

	private long inboxRows(String municipality) {
		return jdbc.sql("select count(*) from monitoring_registration_inbox where municipality = ?").param(municipality)
				.query(Long.class).single();
	}

	private long rows(String table, String municipality) {
		return jdbc.sql("select count(*) from " + table + " where municipality_code = ?").param(municipality)
				.query(Long.class).single();
	}

	private void refuseMonitoringEventsFor(String municipality) {
		faults.refuse(municipality, "insert", List.of("monitoring_event"));
	}

	@AfterEach
	void allowMonitoringEvents() {
		faults.allow();
	}
}
