package nl.jeugdregie.allocation.internal.waitingtime;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-6: a waiting time is reported as known today or on an earlier day, never on a day still to come. */
final class ReportedOnNotInFuture implements Policy<ReportedOnNotInFuture.Reported> {

	record Reported(LocalDate reportedOn, LocalDate today) {}

	@Override
	public Optional<Refusal> check(Reported reported) {
		return reported.reportedOn().isAfter(reported.today())
				? Optional.of(Refusal.of("reportedOn", "allocation.waitingTime.reportedOn.future"))
				: Optional.empty();
	}
}
