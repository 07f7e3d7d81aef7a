package nl.jeugdregie.allocation.internal.waitingtime;

import java.util.Optional;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-6: a provider's account reports waiting times for its own provider only; the municipality's staff report
 * for any of its providers ({@code ownProvider} is then null and {@code reporterIsProvider} false).
 */
final class WaitingTimeOfOwnProvider implements Policy<WaitingTimeOfOwnProvider.Report> {

	record Report(NewWaitingTime waitingTime, boolean reporterIsProvider, @Nullable ProviderId ownProvider) {}

	@Override
	public Optional<Refusal> check(Report report) {
		if (!report.reporterIsProvider()) {
			return Optional.empty();
		}
		return report.waitingTime().provider().equals(report.ownProvider()) ? Optional.empty()
				: Optional.of(Refusal.of("provider", "allocation.waitingTime.notOwnProvider"));
	}
}
