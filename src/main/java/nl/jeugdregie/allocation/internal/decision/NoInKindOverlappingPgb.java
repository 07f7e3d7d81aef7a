package nl.jeugdregie.allocation.internal.decision;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementLine;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-4: no care in kind for a product the young person already has as a personal budget in the same period (and
 * no PGB over care already in kind): one product is paid one way at a time.
 */
final class NoInKindOverlappingPgb implements Policy<NoInKindOverlappingPgb.Proposed> {

	/** An allocation the young person already has. */
	record Existing(ProductId product, Financing financing, ValidityPeriod period) {}

	record Proposed(Financing financing, List<ArrangementLine> lines, List<Existing> existing) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		for (var line : proposed.lines()) {
			for (var other : proposed.existing()) {
				if (other.product().equals(line.product()) && other.financing() != proposed.financing()
						&& other.period().overlaps(line.period())) {
					return Optional.of(Refusal.of("financing", proposed.financing() == Financing.IN_KIND
							? "allocation.decision.inKindOverlapsPgb" : "allocation.decision.pgbOverlapsInKind",
							line.position(), DutchFormat.date(other.period().from()), DutchFormat.date(other.period().until())));
				}
			}
		}
		return Optional.empty();
	}
}
