package nl.jeugdregie.allocation.messaging;

import java.time.Instant;
import java.time.LocalDate;
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
	 * One line of the section, newest first. The page words it from the message bundle (keys {@code ijw.allocation.*}).
	 *
	 * @param day the care's start or stop date (CARE_STARTED, CARE_STOPPED), else null
	 * @param detail for a JW301 the change it carried (DECIDED, ENDED, VOLUME_CHANGED, WITHDRAWN, or OTHER when it
	 *     carried this allocation along with a change of another); for a stop the JZ588 reason code; else null
	 * @param status for a JW301 its outbox status (WAITING_BSN, INVALID, READY, SENT); for a retour ACCEPTED or
	 *     REJECTED; else null
	 * @param codes the retour codes of a JW302 other than 0200 (empty otherwise)
	 * @param identification the JW301's message identification, when it was made
	 */
	record Entry(Kind kind, Instant at, @Nullable LocalDate day, @Nullable String detail, @Nullable String status,
			List<String> codes, @Nullable String identification) {
		public Entry {
			codes = List.copyOf(codes);
		}
	}

	List<Entry> of(MunicipalityCode municipality, long allocationNumber);
}
