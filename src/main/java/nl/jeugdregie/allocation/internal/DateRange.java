package nl.jeugdregie.allocation.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Two typed dates of a form or CSV line before they become a {@link ValidityPeriod}; {@code field} names the end. */
public record DateRange(String field, LocalDate from, @Nullable LocalDate until) {

	public ValidityPeriod period() {
		return new ValidityPeriod(from, until);
	}
}
