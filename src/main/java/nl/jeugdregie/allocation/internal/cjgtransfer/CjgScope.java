package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.allocation.ProductCategory;

/**
 * TOEW-8: a product category the CJG delivers itself from {@code effectiveFrom}; providers were told on
 * {@code noticedOn}. The date can be moved on the {@code version} the keeper saw.
 */
public record CjgScope(UUID id, ProductCategory category, LocalDate effectiveFrom, LocalDate noticedOn, long version) {

	public CjgScope {
		if (!effectiveFrom.isAfter(noticedOn)) {
			throw new IllegalArgumentException("A category enters the CJG's scope after the providers were told");
		}
	}

	/** A scope as first marked (version 0). */
	public CjgScope(UUID id, ProductCategory category, LocalDate effectiveFrom, LocalDate noticedOn) {
		this(id, category, effectiveFrom, noticedOn, 0);
	}

	/** Whether support starting on {@code day} falls within the scope. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(effectiveFrom);
	}

	CjgScope movedTo(LocalDate day) {
		return new CjgScope(id, category, day, noticedOn, version + 1);
	}
}
