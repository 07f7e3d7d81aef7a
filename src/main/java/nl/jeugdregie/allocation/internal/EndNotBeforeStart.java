package nl.jeugdregie.allocation.internal;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** A period (contract, tariff, product in an arrangement, decision) does not end before it starts. */
public final class EndNotBeforeStart implements Policy<DateRange> {

	@Override
	public Optional<Refusal> check(DateRange range) {
		return range.until() != null && range.until().isBefore(range.from())
				? Optional.of(Refusal.of(range.field(), "allocation.period.endBeforeStart"))
				: Optional.empty();
	}
}
