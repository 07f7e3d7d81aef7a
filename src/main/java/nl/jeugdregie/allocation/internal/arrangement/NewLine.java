package nl.jeugdregie.allocation.internal.arrangement;

import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.ValidityPeriod;

/** The command to add a product from a chosen provider to an arrangement, on the version the page showed. */
public record NewLine(long version, ProductId product, ProviderId provider, int volume, ValidityPeriod period, String goal) {

	public NewLine {
		if (volume < 1 || volume > 99_999_999) {
			throw new IllegalArgumentException("A volume is 1 to 99,999,999 units");
		}
		if (period.until() == null) {
			throw new IllegalArgumentException("A product of an arrangement has an end date");
		}
		goal = goal == null ? "" : goal.strip();
		if (goal.length() > 1000) {
			throw new IllegalArgumentException("A goal is at most 1000 characters");
		}
	}
}
