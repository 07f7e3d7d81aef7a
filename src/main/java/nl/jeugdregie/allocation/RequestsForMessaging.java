package nl.jeugdregie.allocation;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * What iJw messaging needs to judge a provider's request for an allocation (JW315) or for a change (JW317), TOEW-7:
 * the allocations a young person has in the municipality, with provider, product, validity and financing. Messaging
 * judges with it that a change names the client's current allocations at that provider (TR349, TR350, TR351) and flags
 * a request in kind for a product the young person has as a personal budget (OP043). Read-only, no personal data.
 */
public interface RequestsForMessaging {

	/** One allocation of the young person. */
	record AllocationOfYoungPerson(long number, AgbCode provider, String productCategory, @Nullable String productCode,
			LocalDate validFrom, LocalDate validUntil, Financing financing) {

		/** Current on a day (TR349): valid on it or starting later. */
		public boolean currentOn(LocalDate day) {
			return !validUntil.isBefore(day);
		}

		/** Whether its validity overlaps the period from {@code from} to {@code until} (open when null). */
		public boolean overlaps(LocalDate from, @Nullable LocalDate until) {
			return !validUntil.isBefore(from) && (until == null || !validFrom.isAfter(until));
		}
	}

	List<AllocationOfYoungPerson> allocationsOf(MunicipalityCode municipality, ClientId youngPerson);
}
