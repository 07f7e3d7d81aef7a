package nl.jeugdregie.allocation.internal.waitingtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TOEW-6: a provider reports only its own waiting times, never on a day still to come")
class WaitingTimePoliciesUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	void letsAProviderReportOnlyForItself() {
		var own = ProviderId.random();
		var wait = new NewWaitingTime(own, ProductId.random(), 4, TODAY);
		var other = new NewWaitingTime(ProviderId.random(), ProductId.random(), 4, TODAY);
		var rule = new WaitingTimeOfOwnProvider();
		assertThat(rule.check(new WaitingTimeOfOwnProvider.Report(wait, true, own))).isEmpty();
		assertThat(rule.check(new WaitingTimeOfOwnProvider.Report(other, true, own)).orElseThrow().code())
				.isEqualTo("allocation.waitingTime.notOwnProvider");
		assertThat(rule.check(new WaitingTimeOfOwnProvider.Report(other, false, null))).as("the municipality").isEmpty();
	}

	@Test
	void refusesAReportDateInTheFuture() {
		var rule = new ReportedOnNotInFuture();
		assertThat(rule.check(new ReportedOnNotInFuture.Reported(TODAY, TODAY))).isEmpty();
		assertThat(rule.check(new ReportedOnNotInFuture.Reported(TODAY.plusDays(1), TODAY))).isPresent();
	}
}
