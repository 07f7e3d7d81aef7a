package nl.jeugdregie.allocation.internal.change;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;
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
			case ENDED -> Labels.text("text.allocation.history.ended", DutchFormat.date(untilAfter),
					DutchFormat.date(untilBefore));
			case VOLUME_CHANGED -> Labels.text("text.allocation.history.volumeChanged", String.valueOf(volumeBefore),
					String.valueOf(volumeAfter));
			case REPLACED -> Labels.text("text.allocation.history.replaced", DutchFormat.date(untilAfter),
					String.valueOf(otherNumber), String.valueOf(volumeAfter));
			case REPLACEMENT -> Labels.text("text.allocation.history.replacement", String.valueOf(otherNumber),
					String.valueOf(volumeBefore), String.valueOf(volumeAfter));
			case WITHDRAWN -> Labels.text("text.allocation.history.withdrawn");
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
