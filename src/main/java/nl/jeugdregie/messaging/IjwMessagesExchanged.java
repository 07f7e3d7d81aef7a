package nl.jeugdregie.messaging;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * BEY-5, TOEW-7, P4 (ADR 0054): a batch of incoming starts and stops of one sender was judged and stored in one
 * transaction. One event per batch instead of three per message: {@code messages} holds, in order, every message
 * received and every retour sent (as {@link IjwMessageExchanged} would say them one by one), {@code care} every start
 * and stop of care applied or withdrawn, in the order they were applied. A single message is a batch of one. No personal
 * data: the client is not in it.
 */
@DomainEvent
public record IjwMessagesExchanged(List<IjwMessageExchanged> messages, List<CareChange> care) {

	public IjwMessagesExchanged {
		messages = List.copyOf(messages);
		care = List.copyOf(care);
	}

	/**
	 * One start or stop of care applied from an accepted JW305 ({@link Kind#STARTED}, as {@link CareStarted}) or JW307
	 * ({@link Kind#ENDED}, as {@link CareEnded}); {@code withdrawn} when a later message deleted it.
	 */
	public record CareChange(Kind kind, MunicipalityCode municipality, long allocationNumber, String providerAgb,
			LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String reason, boolean temporary,
			boolean withdrawn) {

		public enum Kind {
			STARTED, ENDED
		}

		public CareChange {
			if (kind == Kind.ENDED && (endedOn == null || reason == null)) {
				throw new IllegalArgumentException("An end of care has an end date and a reason");
			}
		}

		public static CareChange of(CareStarted e) {
			return new CareChange(Kind.STARTED, e.municipality(), e.allocationNumber(), e.providerAgb(), e.startedOn(), null,
					null, false, e.withdrawn());
		}

		public static CareChange of(CareEnded e) {
			return new CareChange(Kind.ENDED, e.municipality(), e.allocationNumber(), e.providerAgb(), e.startedOn(),
					e.endedOn(), e.reason(), e.temporary(), e.withdrawn());
		}
	}
}
