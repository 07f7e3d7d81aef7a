package nl.jeugdregie.allocation.internal.change;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-7: a volume change that needs a new allocation number takes effect on a day after the allocation's first day
 * (the old allocation then ends the day before) and no later than its last day.
 */
final class ChangeDateWithinAllocation implements Policy<ChangeDateWithinAllocation.Proposed> {

	/** The allocation's period and the proposed change date (empty when none was given). */
	record Proposed(ValidityPeriod period, @Nullable LocalDate changeDate) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		if (proposed.changeDate() == null) {
			return Optional.of(Refusal.of("changeDate", "allocation.change.volume.dateRequired"));
		}
		var period = proposed.period();
		if (!proposed.changeDate().isAfter(period.from()) || !period.contains(proposed.changeDate())) {
			return Optional.of(Refusal.of("changeDate", "allocation.change.volume.dateOutside",
					DutchFormat.date(period.from().plusDays(1)), DutchFormat.date(period.until())));
		}
		return Optional.empty();
	}
}
