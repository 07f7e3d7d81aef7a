package nl.jeugdregie.monitoring.internal.kpi;

import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.platform.text.Labels;
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
			case Measurement.Ratio ratio -> Labels.text("text.monitoring.kpi.basis.ratio", ratio.share().shownNumerator(),
					ratio.share().shownDenominator());
			case Measurement.Days days -> Labels.text("text.monitoring.kpi.basis.requests", days.publishedCount());
			case Measurement.Entered entered -> Labels.text("text.monitoring.kpi.basis.source", entered.source());
			case Measurement.NotEntered n -> Labels.text("text.monitoring.kpi.basis.notEntered");
			case Measurement.NotStarted n -> Labels.text("text.monitoring.kpi.basis.yearNotStarted");
		};
	}

	private static @Nullable String enteredBy(Measurement measurement) {
		return measurement instanceof Measurement.Entered entered ? entered.by() : null;
	}
}
