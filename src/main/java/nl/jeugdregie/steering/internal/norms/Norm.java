package nl.jeugdregie.steering.internal.norms;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.NormPeriod;

/**
 * A measurable norm on a core condition (STU-5), such as "90 % first conversation within 4 weeks".
 *
 * @param target a percentage (0–100) or a count; null for a deadline norm
 * @param deadline only for deadline norms
 * @param termWeeks only for the first-conversation measure
 */
public record Norm(long id, long assignmentId, long coreConditionId, long typeOfWorkId, String typeOfWorkName,
		String code, String description, NormKind kind, @Nullable BigDecimal target, @Nullable LocalDate deadline,
		NormPeriod period, LocalDate effectiveFrom, NormMeasure measure, @Nullable Integer termWeeks) {


	/** The norm in a few words: "minimaal 90 % per kwartaal", "uiterlijk 1-1-2022". */
	public String targetText() {
		return switch (kind) {
			case PERCENT_AT_LEAST, PERCENT_AT_MOST -> kind.dutchWord() + " " + Figures.text(target) + " % per "
					+ period.dutchName();
			case COUNT_AT_LEAST -> kind.dutchWord() + " " + Figures.text(target) + " per " + period.dutchName();
			case DEADLINE -> kind.dutchWord() + " " + (deadline == null ? "–" : DutchFormat.date(deadline));
		};
	}

	public String effectiveFromText() {
		return DutchFormat.date(effectiveFrom);
	}
}
