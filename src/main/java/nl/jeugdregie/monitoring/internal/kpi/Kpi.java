package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A KPI of an action line for one calendar year (MON-4): what it measures, the target and its direction, and for a
 * hand-entered indicator the realised value with its source.
 */
public record Kpi(UUID id, UUID actionLine, int year, String name, KpiIndicator indicator, Direction direction,
		BigDecimal target, @Nullable BigDecimal realised, @Nullable String realisedSource, @Nullable String realisedBy,
		@Nullable Instant realisedAt, int version) {

	/** For example "ten minste 90%". */
	public String norm() {
		return direction.dutchName() + " " + indicator.unit().format(target);
	}

	/** The target as typed in a form, with the Dutch decimal comma. */
	public String targetText() {
		return target.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	public @Nullable String realisedText() {
		return realised == null ? null : realised.stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
