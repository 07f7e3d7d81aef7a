package nl.jeugdregie.allocation.internal.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.allocation.AftercareKind;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/** MON-5: the aftercare decision of an allocation as recorded: what, from when, by whom, and its version. */
public record AftercareDecision(AftercareKind kind, @Nullable LocalDate from, @Nullable String party, long version,
		String recordedBy, Instant recordedAt) {

	/** One line in Dutch: what was decided, by which party and from when, e.g. for the banner after saving. */
	public String summary() {
		return summary(kind, party, from);
	}

	/** One line in Dutch for a decision: its kind's label, the party in brackets, "vanaf" and the first day. */
	static String summary(AftercareKind kind, @Nullable String party, @Nullable LocalDate from) {
		var text = kind.dutchName();
		if (party != null) {
			text = Labels.text("text.allocation.aftercare.party", text, party);
		}
		return from == null ? text : Labels.text("text.allocation.aftercare.from", text, DutchFormat.date(from));
	}
}
