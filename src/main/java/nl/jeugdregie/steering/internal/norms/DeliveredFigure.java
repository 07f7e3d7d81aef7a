package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/** A figure delivered by the provider for a norm and period, with who delivered it when and the evidence file. */
public record DeliveredFigure(long id, long normId, LocalDate periodStart, LocalDate periodEnd,
		@Nullable BigDecimal value, @Nullable LocalDate completedOn, @Nullable Long evidenceId,
		@Nullable String evidenceName, String deliveredBy, Instant deliveredAt) {

	public String valueText() {
		return completedOn != null ? "klaar op " + DutchFormat.date(completedOn) : Figures.text(value);
	}
}
