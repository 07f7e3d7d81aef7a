package nl.jeugdregie.allocation.internal.aftercare;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * MON-5: aftercare follows care that has ended. A withdrawn allocation counts as never sent and a replaced one continues
 * under its new number; otherwise its last day must have passed, unless it was ended early (then the end is decided
 * and the aftercare can be arranged before the last day).
 */
final class AftercareAfterCareEndedPolicy implements Policy<AftercareAfterCareEndedPolicy.Care> {

	/** The allocation and today. */
	record Care(EndedCare allocation, LocalDate today) {}

	@Override
	public Optional<Refusal> check(Care care) {
		var allocation = care.allocation();
		var number = String.valueOf(allocation.number());
		if (allocation.withdrawn()) {
			return Optional.of(Refusal.ofWhole("allocation.aftercare.withdrawn", number));
		}
		if (allocation.replacedBy() != null) {
			return Optional.of(Refusal.ofWhole("allocation.aftercare.replaced", number,
					String.valueOf(allocation.replacedBy())));
		}
		if (!allocation.endedOn(care.today())) {
			return Optional.of(Refusal.ofWhole("allocation.aftercare.careNotEnded", number,
					DutchFormat.date(allocation.lastDay())));
		}
		return Optional.empty();
	}
}
