package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Judges a KPI's measurement against its target (MON-4). A published denominator or count below 5 (a true one of 0
 * to 5) gives "geen of te weinig gegevens": a status on one to four children says too much about each, and deciding
 * on the published figure tells no more than that figure (SEC-2, ADR 0021). Otherwise the verdict is decided on the
 * true figures, compared exactly (100 x numerator against target x denominator), never after rounding; the value
 * shown is the percentage of the published counts, like everywhere else.
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
			case Measurement.Days days when days.tooFew() || days.days() == null ->
					new Judgement(KpiStatus.TOO_FEW, false, null);
			case Measurement.Days days -> {
				var value = BigDecimal.valueOf(days.days());
				yield judged(direction.met(value, target), yearRunning, value);
			}
			case Measurement.Ratio ratio when ratio.share().hidden() -> new Judgement(KpiStatus.TOO_FEW, false, null);
			case Measurement.Ratio ratio -> {
				var share = ratio.share();
				var hundredTimesNumerator = BigDecimal.valueOf(100 * share.numerator());
				var targetTimesDenominator = target.multiply(BigDecimal.valueOf(share.denominator()));
				var published = BigDecimal.valueOf(100 * share.publishedNumerator())
						.divide(BigDecimal.valueOf(share.publishedDenominator()), 4, RoundingMode.HALF_UP)
						.min(BigDecimal.valueOf(100));
				yield judged(direction.met(hundredTimesNumerator, targetTimesDenominator), yearRunning, published);
			}
		};
	}

	private static Judgement judged(boolean met, boolean provisional, @Nullable BigDecimal value) {
		return new Judgement(met ? KpiStatus.MET : KpiStatus.MISSED, provisional, value);
	}
}
