package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labelled;
import nl.jeugdregie.platform.text.Labels;

/** The period a presence norm counts contacts in: the last week or month up to and including today. */
public enum NormPeriod implements Labelled {
	WEEK, MONTH;

	/** The first day of the period that ends today. */
	public LocalDate firstDay(LocalDate today) {
		return switch (this) {
			case WEEK -> today.minusWeeks(1).plusDays(1);
			case MONTH -> today.minusMonths(1).plusDays(1);
		};
	}

	/** "per week". */
	public String perText() {
		return Labels.of(this, "per");
	}

	/** "in de afgelopen week". */
	public String pastText() {
		return Labels.of(this, "past");
	}
}
