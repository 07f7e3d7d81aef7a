package nl.jeugdregie.messaging.internal.terms;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a term stands today: met in time, met late, open within the term, or open past it. */
public enum TermStatus {
	IN_TIME("Op tijd"), LATE("Te laat"), DUE("Open"), OVERDUE("Verlopen");

	private final String label;

	TermStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A term met on its last day is in time; an open one is overdue from the day after it. */
	static TermStatus of(LocalDate dueOn, @Nullable LocalDate metOn, LocalDate today) {
		if (metOn != null) {
			return metOn.isAfter(dueOn) ? LATE : IN_TIME;
		}
		return today.isAfter(dueOn) ? OVERDUE : DUE;
	}
}
