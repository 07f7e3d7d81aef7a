package nl.jeugdregie.allocation.internal.aftercare;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.platform.input.DateBounds;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** MON-5: the first day of aftercare is a plausible date: from 1 January 2015 up to ten years ahead (platform bounds). */
final class AftercareDateWithinBoundsPolicy implements Policy<AftercareDateWithinBoundsPolicy.Proposed> {

	/** The proposed first day and today. */
	record Proposed(LocalDate from, LocalDate today) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		return DateBounds.isWithinEffectiveHorizon(proposed.from(), proposed.today()) ? Optional.empty()
				: Optional.of(Refusal.of("from", "allocation.aftercare.from.outOfBounds"));
	}
}
