package nl.jeugdregie.intake.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.intake.internal.lifecycle.TreatmentClock.Status;
import org.junit.jupiter.api.Test;

/** TOE-5: treatment within the term after registration; BEY-1: warned in the week before it expires. */
class TreatmentClockUnitTests {

	static final LocalDate REGISTERED = LocalDate.of(2026, 11, 2);
	static final TreatmentClock CLOCK = new TreatmentClock(REGISTERED, REGISTERED.plusWeeks(2));

	@Test
	void countsDaysLeftWhileWaiting() {
		var reading = CLOCK.read(REGISTERED, null, null);
		assertThat(reading.status()).isEqualTo(Status.RUNNING);
		assertThat(reading.daysLeft()).isEqualTo(14);
		assertThat(reading.dutchText()).isEqualTo("Nog 14 dagen");
	}

	@Test
	void warnsInTheLastWeekBeforeTheDeadline() {
		assertThat(CLOCK.read(REGISTERED.plusDays(7), null, null).status()).isEqualTo(Status.RUNNING);
		assertThat(CLOCK.read(REGISTERED.plusDays(8), null, null).status()).isEqualTo(Status.DUE_THIS_WEEK);
		assertThat(CLOCK.read(REGISTERED.plusDays(14), null, null).dutchText()).isEqualTo("Vandaag laatste dag");
	}

	@Test
	void marksTheRequestOverdueTheDayAfterTheDeadline() {
		var reading = CLOCK.read(REGISTERED.plusDays(15), null, null);
		assertThat(reading.status()).isEqualTo(Status.OVERDUE);
		assertThat(reading.exceeded()).isTrue();
		assertThat(reading.daysOver()).isEqualTo(1);
		assertThat(reading.weeksOver()).isEqualTo(1);
		assertThat(reading.dutchText()).isEqualTo("Termijn 1 dag overschreden");
	}

	@Test
	void judgesAStartedRequestByItsFirstConversationDate() {
		assertThat(CLOCK.read(REGISTERED.plusDays(40), REGISTERED.plusDays(14), null).status()).isEqualTo(Status.STARTED_IN_TIME);
		var late = CLOCK.read(REGISTERED.plusDays(40), REGISTERED.plusDays(22), null);
		assertThat(late.status()).isEqualTo(Status.STARTED_LATE);
		assertThat(late.weeksOver()).isEqualTo(2);
	}
}
