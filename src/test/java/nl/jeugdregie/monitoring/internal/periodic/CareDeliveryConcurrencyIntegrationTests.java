package nl.jeugdregie.monitoring.internal.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.IntegrationTest;
import nl.jeugdregie.TestFixtures;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessagesExchanged.CareChange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MON-5 with ADR 0054: two batches of care changes on the same allocation, applied by two listener runs at once, give
 * what they give one after the other. The row a batch did not find is not locked by it, so this is where they meet.
 */
@IntegrationTest
class CareDeliveryConcurrencyIntegrationTests {

	private static final String AGB = "65656055";
	private static final LocalDate STARTED_ON = LocalDate.of(2026, 4, 6);
	private static final LocalDate ENDED_ON = LocalDate.of(2026, 5, 1);

	@Autowired CareDeliveryProjection projection;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;
	@Autowired TestFixtures fixtures;

	@Test
	@DisplayName("MON-5, issue 16 (ADR 0054): a start applied while another batch stores its stop keeps the stop")
	void keepsTheStopWhenItsStartIsAppliedAtTheSameTime() throws Exception {
		var municipality = fixtures.newWorld().municipality();
		var allocation = 970_001L;
		var stopStored = new CountDownLatch(1);
		var commitStop = new CountDownLatch(1);
		try (var executor = Executors.newFixedThreadPool(2)) {
			var stop = executor.submit(() -> transactions.executeWithoutResult(status -> {
				projection.apply(List.of(change(CareChange.Kind.ENDED, municipality, allocation)));
				stopStored.countDown();
				await(commitStop);
			}));
			assertThat(stopStored.await(10, TimeUnit.SECONDS)).isTrue();
			// The start does not see the stop's row yet (not committed) and waits on its key when it writes.
			var start = executor.submit(() -> transactions.executeWithoutResult(
					status -> projection.apply(List.of(change(CareChange.Kind.STARTED, municipality, allocation)))));
			awaitAWaitingInsert();
			commitStop.countDown();
			stop.get(10, TimeUnit.SECONDS);
			start.get(10, TimeUnit.SECONDS);
		}

		var endedOn = jdbc.sql("""
				select ended_on from monitoring_care_delivery
				where municipality_code = ? and allocation_number = ? and started_on = ?""")
				.params(municipality.value(), allocation, STARTED_ON)
				.query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).single();
		assertThat(endedOn).as("the stop stored by the other batch").contains(ENDED_ON);
	}

	private static CareChange change(CareChange.Kind kind, MunicipalityCode municipality, long allocation) {
		return kind == CareChange.Kind.ENDED
				? new CareChange(kind, municipality, allocation, AGB, STARTED_ON, ENDED_ON, "20", false, false)
				: new CareChange(kind, municipality, allocation, AGB, STARTED_ON, null, null, false, false);
	}

	/** Until the start's insert waits for the stop's uncommitted row (a lock wait on the table). */
	private void awaitAWaitingInsert() throws InterruptedException {
		var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until) {
			var waiting = jdbc.sql("""
					select count(*) from pg_stat_activity
					where wait_event_type = 'Lock' and query like '%insert into monitoring_care_delivery%'""")
					.query(Long.class).single();
			if (waiting > 0) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The start never waited for the stop's row");
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not released");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
