package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ProductCategory;

/** The command to mark a category as within the CJG's scope from a date; the notice goes out on {@code noticedOn}. */
public record NewScope(ProductCategory category, LocalDate effectiveFrom, LocalDate noticedOn) {

	public NewScope {
		if (category == null || effectiveFrom == null || noticedOn == null) {
			throw new IllegalArgumentException("A scope names a category, a date and the day of the notice");
		}
	}
}
