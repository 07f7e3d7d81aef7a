package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;

/** TOEW-8: a product category the CJG delivers itself from {@code effectiveFrom}; providers were told on {@code noticedOn}. */
public record CjgScope(UUID id, ProductCategory category, LocalDate effectiveFrom, LocalDate noticedOn) {

	public CjgScope {
		if (!effectiveFrom.isAfter(noticedOn)) {
			throw new IllegalArgumentException("A category enters the CJG's scope after the providers were told");
		}
	}

	/** Whether support starting on {@code day} falls within the scope. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(effectiveFrom);
	}
}
