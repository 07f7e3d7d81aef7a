package nl.jeugdregie.allocation.internal.catalogue;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;

/**
 * TOEW-6: tariffs are versioned, never overwritten: a new tariff for a contract's product may not overlap a period
 * that already has one. A change of price is a new tariff from a later date (the earlier one given an end).
 */
final class TariffPeriodsDoNotOverlap implements Policy<TariffPeriodsDoNotOverlap.Proposed> {

	/** The new tariff and the tariffs the contract already has for that product. */
	record Proposed(NewTariff tariff, List<Tariff> existing, String field) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		return proposed.existing().stream()
				.filter(tariff -> tariff.product().equals(proposed.tariff().product()))
				.filter(tariff -> tariff.period().overlaps(proposed.tariff().period()))
				.findFirst()
				.map(clash -> Refusal.of(proposed.field(), "allocation.tariff.overlap", DutchFormat.date(clash.period().from()),
						clash.period().until() == null ? Labels.text("text.allocation.tariff.noEndDate") : DutchFormat.date(clash.period().until())));
	}
}
