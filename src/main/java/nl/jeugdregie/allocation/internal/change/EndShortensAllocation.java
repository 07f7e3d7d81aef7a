package nl.jeugdregie.allocation.internal.change;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-1, TOEW-7 (OP033x1): an allocation ended early gets a last day on or after its first day and before its current
 * last day; a later end is an extension, which is a new decision.
 */
final class EndShortensAllocation implements Policy<EndShortensAllocation.Proposed> {

	/** The allocation's period now and the proposed last day. */
	record Proposed(ValidityPeriod period, LocalDate validUntil) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		var from = proposed.period().from();
		if (proposed.validUntil().isBefore(from)) {
			return Optional.of(Refusal.of("validUntil", "allocation.change.end.beforeStart", DutchFormat.date(from)));
		}
		var until = proposed.period().until();
		if (until != null && !proposed.validUntil().isBefore(until)) {
			return Optional.of(Refusal.of("validUntil", "allocation.change.end.notEarlier", DutchFormat.date(until)));
		}
		return Optional.empty();
	}
}
