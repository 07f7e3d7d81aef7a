package nl.jeugdregie.allocation.internal.catalogue;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-6: a tariff line's new last day lies on or after its first day, differs from its current last day, and the
 * line so ended does not overlap another line of the same contract and product (a later end may not run into the
 * next line). Ending never changes the price: a new price is a new line.
 */
final class TariffEndKeepsLinesApart implements Policy<TariffEndKeepsLinesApart.Proposed> {

	/** The line, its proposed last day and the contract's lines. */
	record Proposed(Tariff line, java.time.LocalDate lastDay, List<Tariff> lines) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		var from = proposed.line().period().from();
		if (proposed.lastDay().isBefore(from)) {
			return Optional.of(Refusal.of("lastDay", "allocation.tariff.end.beforeStart", DutchFormat.date(from)));
		}
		if (proposed.lastDay().equals(proposed.line().period().until())) {
			return Optional.of(Refusal.of("lastDay", "allocation.tariff.end.same", DutchFormat.date(proposed.lastDay())));
		}
		var ended = new ValidityPeriod(from, proposed.lastDay());
		return proposed.lines().stream()
				.filter(other -> !other.id().equals(proposed.line().id()))
				.filter(other -> other.product().equals(proposed.line().product()))
				.filter(other -> other.period().overlaps(ended))
				.findFirst()
				.map(clash -> Refusal.of("lastDay", "allocation.tariff.end.overlap", DutchFormat.date(clash.period().from()),
						DutchFormat.date(clash.period().from().minusDays(1))));
	}
}
