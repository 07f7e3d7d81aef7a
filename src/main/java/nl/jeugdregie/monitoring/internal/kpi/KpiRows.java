package nl.jeugdregie.monitoring.internal.kpi;

import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import org.jspecify.annotations.Nullable;

/** Writes a judged KPI as the row the page, the exports and the API show (MON-4, SEC-2). */
final class KpiRows {

	private KpiRows() {}

	static KpiYearView.Row row(Kpi kpi, Measurement measurement, boolean yearRunning) {
		var judgement = KpiStatusRule.judge(kpi.direction(), kpi.target(), measurement, yearRunning);
		var unit = kpi.indicator().unit();
		var result = judgement.shownValue() != null
				? unit.format(judgement.shownValue())
				: switch (judgement.status()) {
					case TOO_FEW -> Mark.SMALL.symbol();
					default -> "–";
				};
		return new KpiYearView.Row(kpi, kpi.indicator().dutchName(), kpi.norm(), result, basis(measurement),
				judgement.status(), judgement.label(), enteredBy(measurement));
	}

	private static String basis(Measurement measurement) {
		return switch (measurement) {
			case Measurement.Ratio ratio -> ratio.share().shownNumerator() + " van " + ratio.share().shownDenominator();
			case Measurement.Days days -> days.publishedCount() + " hulpvragen";
			case Measurement.Entered entered -> "Bron: " + entered.source();
			case Measurement.NotEntered n -> "nog niet ingevuld";
			case Measurement.NotStarted n -> "jaar nog niet begonnen";
		};
	}

	private static @Nullable String enteredBy(Measurement measurement) {
		return measurement instanceof Measurement.Entered entered ? entered.by() : null;
	}
}
