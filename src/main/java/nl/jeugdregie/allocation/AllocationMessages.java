package nl.jeugdregie.allocation;

import java.time.Instant;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-7, issue 16 item 7: the iJw messages about one allocation, for the section "iJw-berichten" on the allocation's
 * page: the JW301s sent, their JW302 retours, and the start and stop of care the provider reported. Defined here and
 * implemented by iJw messaging, so the allocation page shows them without a module cycle. No BSN, no names.
 */
public interface AllocationMessages {

	/** What an entry is about. */
	enum Kind {
		/** A JW301 for this allocation (sent, or waiting to be sent). */
		ALLOCATION_MESSAGE,
		/** The provider's JW302 on such a JW301. */
		RETOUR,
		/** The provider reported the start of care (an accepted JW305). */
		CARE_STARTED,
		/** The provider reported the stop of care (an accepted JW307). */
		CARE_STOPPED
	}

	/**
	 * One line of the section, newest first.
	 *
	 * @param text the Dutch description ("Zorg gestart op 2 december 2026", "JW301 verstuurd", …)
	 * @param status a short Dutch status ("Verstuurd", "Wacht: BSN ontbreekt", "Goedgekeurd", "Afgekeurd"), or null
	 * @param codes the retour codes of a JW302 (empty otherwise)
	 */
	record Entry(Kind kind, Instant at, String text, @Nullable String status, List<String> codes) {
		public Entry {
			codes = List.copyOf(codes);
		}
	}

	List<Entry> of(MunicipalityCode municipality, long allocationNumber);
}
