package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * What iJw messaging needs to know about allocations and providers, and nothing more (TOEW-7): whether an allocation
 * number exists in a municipality and for which provider and product (TR019, TR326), and which provider an account
 * speaks for (a provider may only send messages for itself).
 */
public interface AllocationsForMessaging {

	/** The facts of one allocation a start, stop or declaration refers to. */
	record AllocationFacts(long number, AgbCode provider, String productCategory, String productCode, LocalDate validFrom,
			LocalDate validUntil, Financing financing) {}

	Optional<AllocationFacts> allocation(MunicipalityCode municipality, long number);

	/** The facts of several allocations at once (a batch of messages); a number without an allocation is left out. */
	default java.util.Map<Long, AllocationFacts> allocations(MunicipalityCode municipality, java.util.Collection<Long> numbers) {
		var found = new java.util.HashMap<Long, AllocationFacts>();
		for (var number : numbers) {
			allocation(municipality, number).ifPresent(f -> found.put(number, f));
		}
		return found;
	}

	/** The AGB code of the provider the account belongs to; empty for any other account. */
	Optional<AgbCode> providerAgb(CurrentUser user);
}
