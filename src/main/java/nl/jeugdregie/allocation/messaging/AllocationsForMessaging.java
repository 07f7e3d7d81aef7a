package nl.jeugdregie.allocation.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * What iJw messaging needs to know about allocations and providers, and nothing more (TOEW-7): whether an allocation
 * number exists in a municipality and for which provider and product (TR019, TR326), and which provider an account
 * speaks for (a provider may only send messages for itself); and, for the outgoing JW301, what an allocation carries
 * and which other allocations of the same young person the provider holds (OP087).
 */
public interface AllocationsForMessaging {

	/** The facts of one allocation a start, stop or declaration refers to. */
	record AllocationFacts(long number, AgbCode provider, String productCategory, String productCode, LocalDate validFrom,
			LocalDate validUntil, Financing financing) {}

	Optional<AllocationFacts> allocation(MunicipalityCode municipality, long number);

	/**
	 * TOEW-7: one allocation as a JW301 carries it (no personal data: the help request names the client).
	 *
	 * @param unit WJ756 code, {@code frequency} WMO757 code
	 * @param decidedAt when the allocation was decided (Toewijzingsdatum and -tijd, IV013)
	 * @param replaces the number of the allocation this one replaced after a volume change, or 0
	 * @param replacedBy the number of the allocation that replaced this one after a volume change, or 0
	 */
	record AllocationLine(long number, AgbCode provider, UUID helpRequestId, String productCategory, String productCode,
			int volume, String unit, String frequency, LocalDate validFrom, LocalDate validUntil, Instant decidedAt,
			Financing financing, long replaces, long replacedBy) {}

	Optional<AllocationLine> line(MunicipalityCode municipality, long number);

	/**
	 * TOEW-7, OP087: every allocation of the same young person (or, without a known young person, of the same help
	 * request) at the same provider as allocation {@code number}, that one included, numbers ascending.
	 */
	List<AllocationLine> linesAtSameProvider(MunicipalityCode municipality, long number);

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
