package nl.jeugdregie.monitoring.internal.kpi;

import java.util.Arrays;
import java.util.Optional;
import nl.jeugdregie.platform.text.Labelled;
import nl.jeugdregie.platform.text.Labels;

/**
 * The fixed catalogue a KPI measures (MON-4): figures the dashboard and the CBS outcome indicators already compute,
 * or a value the policy officer enters by hand with its source, for goals the registration cannot measure.
 * Definitions: docs/indicators.md.
 */
public enum KpiIndicator implements Labelled {

	WITHIN_TREATMENT_TERM(Source.DASHBOARD, Unit.PERCENT),
	MEDIAN_WAITING_DAYS(Source.DASHBOARD, Unit.DAYS),
	ROUTE_WITHIN_LEAD_TIME(Source.DASHBOARD, Unit.PERCENT),
	REPEAT_REQUESTS(Source.DASHBOARD, Unit.PERCENT),
	CRISIS_SHARE(Source.DASHBOARD, Unit.PERCENT),
	FROM_VEILIG_THUIS(Source.DASHBOARD, Unit.PERCENT),
	NO_YOUTH_CARE_NEEDED(Source.DASHBOARD, Unit.PERCENT),
	DROP_OUT(Source.OUTCOMES, Unit.PERCENT),
	SATISFIED(Source.OUTCOMES, Unit.PERCENT),
	CONTINUES_WITHOUT_HELP(Source.OUTCOMES, Unit.PERCENT),
	NO_NEW_START(Source.OUTCOMES, Unit.PERCENT),
	GOALS_REALISED(Source.OUTCOMES, Unit.PERCENT),
	PROBLEMS_REDUCED(Source.OUTCOMES, Unit.PERCENT),
	MANUAL_PERCENTAGE(Source.MANUAL, Unit.PERCENT),
	MANUAL_NUMBER(Source.MANUAL, Unit.NUMBER);

	/** Where the figure comes from. */
	public enum Source { DASHBOARD, OUTCOMES, MANUAL }

	private final Source source;
	private final Unit unit;

	KpiIndicator(Source source, Unit unit) {
		this.source = source;
		this.unit = unit;
	}

	public static Optional<KpiIndicator> ofName(String name) {
		return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
	}

	public Source source() {
		return source;
	}

	public Unit unit() {
		return unit;
	}

	public String definition() {
		return Labels.of(this, "definition");
	}

	public boolean manual() {
		return source == Source.MANUAL;
	}
}
