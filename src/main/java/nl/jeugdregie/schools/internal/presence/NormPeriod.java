package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;

/** The period a presence norm counts contacts in: the last week or month up to and including today. */
public enum NormPeriod {
	WEEK("per week", "in de afgelopen week"),
	MONTH("per maand", "in de afgelopen maand");

	private final String perText;
	private final String pastText;

	NormPeriod(String perText, String pastText) {
		this.perText = perText;
		this.pastText = pastText;
	}

	/** The first day of the period that ends today. */
	public LocalDate firstDay(LocalDate today) {
		return switch (this) {
			case WEEK -> today.minusWeeks(1).plusDays(1);
			case MONTH -> today.minusMonths(1).plusDays(1);
		};
	}

	public String perText() {
		return perText;
	}

	public String pastText() {
		return pastText;
	}

	/** "Per week", as a choice on the norm form. */
	public String dutchName() {
		return Character.toUpperCase(perText.charAt(0)) + perText.substring(1);
	}
}
