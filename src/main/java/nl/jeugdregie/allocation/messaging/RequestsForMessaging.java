package nl.jeugdregie.allocation.messaging;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
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

	/**
	 * One allocation of the young person: its size (volume, WJ756 unit, WMO757 frequency), budget in cents and whether
	 * it was withdrawn as sent in error (JZ002 13), which TR349 does not count as current.
	 */
	record AllocationOfYoungPerson(long number, AgbCode provider, @Nullable String productCategory,
			@Nullable String productCode, LocalDate validFrom, LocalDate validUntil, Financing financing, int volume,
			String unit, String frequency, long budgetCents, boolean withdrawn) {

		/** WMO757 6: the volume is a total over the allocation's validity. */
		public static final String TOTAL_OVER_VALIDITY = "6";

		/** Current on a day (TR349): valid on it or starting later, and not withdrawn (deleted). */
		public boolean currentOn(LocalDate day) {
			return !withdrawn && !validUntil.isBefore(day);
		}

		/** Whether its validity overlaps the period from {@code from} to {@code until} (open when null). */
		public boolean overlaps(LocalDate from, @Nullable LocalDate until) {
			return !validUntil.isBefore(from) && (until == null || !validFrom.isAfter(until));
		}
	}

	List<AllocationOfYoungPerson> allocationsOf(MunicipalityCode municipality, ClientId youngPerson);

	/**
	 * iJw TR304 (JW317, JW323): whether allocation {@code number} of this provider in the municipality belongs to a
	 * young person other than {@code youngPerson} (any known young person when that is null). False for an unknown
	 * number, another provider's allocation or an allocation without a known young person: other rules answer those.
	 */
	boolean ofAnotherYoungPerson(MunicipalityCode municipality, AgbCode provider, long number, @Nullable ClientId youngPerson);
}
