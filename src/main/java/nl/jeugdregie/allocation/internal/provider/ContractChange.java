package nl.jeugdregie.allocation.internal.provider;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ContractId;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-3: a change of a contract's region, bridging care, terms and last day, on the version the keeper saw. The
 * products and the first day stay: a contract for other products is a new contract.
 */
public record ContractChange(ContractId contract, long version, boolean inRegion, boolean bridgingCare, String terms,
		@Nullable LocalDate validUntil) {

	public ContractChange {
		if (contract == null || terms == null || terms.length() > 10_000) {
			throw new IllegalArgumentException("A contract change names the contract and terms of at most 10,000 characters");
		}
	}
}
