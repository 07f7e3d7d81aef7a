package nl.jeugdregie.monitoring.internal.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.monitoring.internal.dashboard.Counts;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardFigures;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardQueries;
import nl.jeugdregie.monitoring.internal.dashboard.DashboardScope;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicators;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicatorsService;
import nl.jeugdregie.monitoring.internal.outcomes.ReportPeriod;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import org.springframework.stereotype.Component;

/**
 * Measures the computed KPI indicators of a municipality for one calendar year (MON-4), from the figures the
 * dashboard and the CBS outcome report already compute: each source is read once per year, whatever the number of
 * KPIs. A running year counts up to the reference date (today).
 */
@Component
class KpiMeasurements {

	private final DashboardQueries dashboard;
	private final OutcomeIndicatorsService outcomes;
	private final Disclosure disclosure;

	KpiMeasurements(DashboardQueries dashboard, OutcomeIndicatorsService outcomes, Disclosure disclosure) {
		this.dashboard = dashboard;
		this.outcomes = outcomes;
		this.disclosure = disclosure;
	}

	/** The measurement per computed indicator; hand-entered indicators are not in the map. */
	Map<KpiIndicator, Measurement> of(MunicipalityCode municipality, int year, LocalDate today) {
		var measurements = new EnumMap<KpiIndicator, Measurement>(KpiIndicator.class);
		if (year > today.getYear()) {
			for (var indicator : KpiIndicator.values()) {
				measurements.put(indicator, new Measurement.NotStarted());
			}
			return measurements;
		}
		var last = year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 12);
		var period = ReportPeriod.year(year);
		var figures = dashboard.figures(DashboardScope.municipality(municipality.value(), YearMonth.of(year, 1), last),
				period.referenceDate(today));
		fromDashboard(figures, measurements, disclosure);
		fromOutcomes(outcomes.indicators(municipality, period), measurements);
		return measurements;
	}

	private static void fromDashboard(DashboardFigures figures, Map<KpiIndicator, Measurement> measurements,
			Disclosure disclosure) {
		Counts c = figures.total();
		measurements.put(KpiIndicator.WITHIN_TREATMENT_TERM,
				ratio(c.started().minus(c.startedLate()), c.started(), disclosure));
		measurements.put(KpiIndicator.MEDIAN_WAITING_DAYS, new Measurement.Days(figures.totalWait().percentile(50),
				c.started().count(), disclosure.count(c.started())));
		measurements.put(KpiIndicator.ROUTE_WITHIN_LEAD_TIME,
				ratio(c.routesEnded().minus(c.routesLate()), c.routesEnded(), disclosure));
		measurements.put(KpiIndicator.REPEAT_REQUESTS, ratio(c.repeats(), c.registrations(), disclosure));
		measurements.put(KpiIndicator.CRISIS_SHARE, ratio(c.crisis(), c.registrations(), disclosure));
		measurements.put(KpiIndicator.FROM_VEILIG_THUIS, ratio(c.fromVeiligThuis(), c.registrations(), disclosure));
		measurements.put(KpiIndicator.NO_YOUTH_CARE_NEEDED, ratio(c.triageNoCare(), c.triaged(), disclosure));
	}

	private static void fromOutcomes(OutcomeIndicators o, Map<KpiIndicator, Measurement> measurements) {
		measurements.put(KpiIndicator.DROP_OUT, new Measurement.Ratio(o.dropOut()));
		measurements.put(KpiIndicator.SATISFIED, new Measurement.Ratio(o.satisfaction().satisfied()));
		measurements.put(KpiIndicator.CONTINUES_WITHOUT_HELP, new Measurement.Ratio(o.continuesWithoutHelp()));
		measurements.put(KpiIndicator.NO_NEW_START, new Measurement.Ratio(o.noNewStart()));
		measurements.put(KpiIndicator.GOALS_REALISED, new Measurement.Ratio(o.goalsRealised()));
		measurements.put(KpiIndicator.PROBLEMS_REDUCED, new Measurement.Ratio(o.problemsReduced()));
	}

	private static Measurement ratio(Tally numerator, Tally denominator, Disclosure disclosure) {
		return new Measurement.Ratio(Share.of(numerator, denominator, disclosure));
	}
}
