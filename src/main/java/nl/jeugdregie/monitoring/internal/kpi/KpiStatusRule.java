package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import org.jspecify.annotations.Nullable;

/**
 * Judges a KPI's measurement against its target (MON-4). A denominator or count below 5 gives "te weinig
 * gegevens": a status on one to four children says too much about each. When only the numerator or the rest is
 * small, the value is hidden (SEC-2) but the status is given, because "at least 90%" reveals no small group.
 * Percentages are compared exactly (100 x numerator against target x denominator), never after rounding.
 */
final class KpiStatusRule {

	/** The judgement and the value to show, or null when there is none or it is hidden. */
	record Judgement(KpiStatus status, boolean provisional, @Nullable BigDecimal shownValue) {

		String label() {
			return status.label(provisional);
		}
	}

	private KpiStatusRule() {}

	static Judgement judge(Direction direction, BigDecimal target, Measurement measurement, boolean yearRunning) {
		return switch (measurement) {
			case Measurement.NotStarted n -> new Judgement(KpiStatus.NOT_STARTED, false, null);
			case Measurement.NotEntered n -> new Judgement(KpiStatus.NOT_ENTERED, false, null);
			case Measurement.Entered entered ->
					judged(direction.met(entered.value(), target), yearRunning, entered.value());
			case Measurement.Days days when days.count() == 0 || days.days() == null ->
					new Judgement(KpiStatus.NO_DATA, false, null);
			case Measurement.Days days when days.tooFew() -> new Judgement(KpiStatus.TOO_FEW, false, null);
			case Measurement.Days days -> {
				var value = BigDecimal.valueOf(days.days());
				yield judged(direction.met(value, target), yearRunning, value);
			}
			case Measurement.Ratio ratio when ratio.share().empty() -> new Judgement(KpiStatus.NO_DATA, false, null);
			case Measurement.Ratio ratio when SmallCountSuppression.tooSmall(ratio.share().denominator()) ->
					new Judgement(KpiStatus.TOO_FEW, false, null);
			case Measurement.Ratio ratio -> {
				var share = ratio.share();
				var hundredTimesNumerator = BigDecimal.valueOf(100 * share.numerator());
				var targetTimesDenominator = target.multiply(BigDecimal.valueOf(share.denominator()));
				var percentage = hundredTimesNumerator.divide(BigDecimal.valueOf(share.denominator()), 4, RoundingMode.HALF_UP);
				yield judged(direction.met(hundredTimesNumerator, targetTimesDenominator), yearRunning,
						share.hidden() ? null : percentage);
			}
		};
	}

	private static Judgement judged(boolean met, boolean provisional, @Nullable BigDecimal value) {
		return new Judgement(met ? KpiStatus.MET : KpiStatus.MISSED, provisional, value);
	}
}
