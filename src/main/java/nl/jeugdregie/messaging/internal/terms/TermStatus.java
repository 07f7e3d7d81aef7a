package nl.jeugdregie.messaging.internal.terms;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/** Where a term stands today: met in time, met late, open within the term, or open past it. */
public enum TermStatus implements Labelled {
	IN_TIME, LATE, DUE, OVERDUE;

	public String label() {
		return dutchName();
	}

	/** A term met on its last day is in time; an open one is overdue from the day after it. */
	static TermStatus of(LocalDate dueOn, @Nullable LocalDate metOn, LocalDate today) {
		if (metOn != null) {
			return metOn.isAfter(dueOn) ? LATE : IN_TIME;
		}
		return today.isAfter(dueOn) ? OVERDUE : DUE;
	}
}
