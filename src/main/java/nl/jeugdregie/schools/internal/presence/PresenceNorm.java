package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/** A presence norm in force from a date: at least {@code minimum} contacts per period (OND-2). */
public record PresenceNorm(NormSubject subject, LocalDate effectiveFrom, NormPeriod period, int minimum,
		@Nullable String municipality) {

	public PresenceNorm {
		if (minimum < 1) {
			throw new IllegalArgumentException("A presence norm asks at least one contact");
		}
	}

	/** "minimaal 1 keer per week". */
	public String dutchText() {
		return Labels.text("text.schools.presenceNorm", minimum, period.perText());
	}

	/** Whether the product's default applies (no row of the municipality itself). */
	public boolean isDefault() {
		return municipality == null;
	}
}
