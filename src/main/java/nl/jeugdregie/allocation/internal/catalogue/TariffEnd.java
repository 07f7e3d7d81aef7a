package nl.jeugdregie.allocation.internal.catalogue;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;

/** TOEW-6: giving a contract's tariff line its last day, on the version the keeper saw. */
public record TariffEnd(ContractId contract, UUID tariff, long version, LocalDate lastDay) {

	public TariffEnd {
		if (contract == null || tariff == null || lastDay == null) {
			throw new IllegalArgumentException("A tariff end names the contract, the line and its last day");
		}
	}
}
