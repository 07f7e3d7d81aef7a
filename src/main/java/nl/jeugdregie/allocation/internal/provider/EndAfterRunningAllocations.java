package nl.jeugdregie.allocation.internal.provider;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-3: a contract does not end before the allocations made under it: running allocations continue to their end
 * (as TOEW-8 has it for a transfer), so the last day is no earlier than the last allocated day.
 */
final class EndAfterRunningAllocations implements Policy<EndAfterRunningAllocations.Ending> {

	/** The proposed last day (none: runs on) and the last day allocated under the contract, if any. */
	record Ending(@Nullable LocalDate validUntil, @Nullable LocalDate lastAllocatedDay) {}

	@Override
	public Optional<Refusal> check(Ending ending) {
		return ending.validUntil() != null && ending.lastAllocatedDay() != null
				&& ending.validUntil().isBefore(ending.lastAllocatedDay())
				? Optional.of(Refusal.of("validUntil", "allocation.contract.endBeforeAllocations",
						DutchFormat.date(ending.lastAllocatedDay())))
				: Optional.empty();
	}
}
