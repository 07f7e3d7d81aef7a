package nl.jeugdregie.allocation.internal.change;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/** TOEW-7: one change of an allocation: who, when, what and why. */
public record HistoryEntry(Kind kind, @Nullable ChangeReason reason, @Nullable LocalDate untilBefore,
		@Nullable LocalDate untilAfter, @Nullable Integer volumeBefore, @Nullable Integer volumeAfter,
		@Nullable Long otherNumber, String changedBy, Instant changedAt) {

	/** What happened. */
	public enum Kind {
		ENDED, VOLUME_CHANGED, REPLACED, REPLACEMENT, WITHDRAWN
	}

	/** What happened, in Dutch, for the page. */
	public String what() {
		return switch (kind) {
			case ENDED -> "Beëindigd: loopt nu tot en met " + DutchFormat.date(untilAfter) + " (was "
					+ DutchFormat.date(untilBefore) + ")";
			case VOLUME_CHANGED -> "Omvang gewijzigd van " + volumeBefore + " naar " + volumeAfter;
			case REPLACED -> "Omvang gewijzigd: loopt tot en met " + DutchFormat.date(untilAfter) + ", vervangen door toewijzing "
					+ otherNumber + " met omvang " + volumeAfter;
			case REPLACEMENT -> "Toegewezen als vervolg op toewijzing " + otherNumber + " (omvang " + volumeBefore + " naar "
					+ volumeAfter + ")";
			case WITHDRAWN -> "Ingetrokken: de toewijzing telt als nooit verstuurd";
		};
	}

	/** The reason in Dutch with its JZ002 code, or empty. */
	public String reasonText() {
		if (kind == Kind.WITHDRAWN) {
			return ChangeReason.WITHDRAWN_CODE + " Verwijderd";
		}
		return reason == null ? "" : reason.code() + " " + reason.dutchName();
	}
}
