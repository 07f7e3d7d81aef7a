package nl.jeugdregie.monitoring.internal.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TodayItem;
import nl.jeugdregie.identity.WorkForToday;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.stereotype.Component;

/**
 * The policy officer's start page item (issue 13, item 3): the KPIs of this year at a glance (MON-4), as on
 * {@code /rapportages/kpi}: how many are off course, on course and not yet judged. Verdicts only, no figures.
 */
@Component
class KpiWorkForToday implements WorkForToday {

	private final KpiService kpis;
	private final Clock clock;

	KpiWorkForToday(KpiService kpis, Clock clock) {
		this.kpis = kpis;
		this.clock = clock;
	}

	@Override
	public List<TodayItem> itemsFor(CurrentUser user) {
		if (user.role() != Role.POLICY_OFFICER) {
			return List.of();
		}
		var year = LocalDate.now(clock).getYear();
		var view = kpis.year(user.municipality(), year);
		var missed = view.count(KpiStatus.MISSED);
		var met = view.count(KpiStatus.MET);
		var open = view.count(KpiStatus.NOT_ENTERED) + view.count(KpiStatus.TOO_FEW) + view.count(KpiStatus.NOT_STARTED);
		return List.of(new TodayItem(30, Labels.text("text.monitoring.kpi.today.title", year), missed,
				Labels.text("text.monitoring.kpi.today.summary", met, missed, open),
				"/rapportages/kpi?jaar=" + year, missed > 0,
				List.of(new TodayItem.Line(Labels.text("text.monitoring.kpi.today.met"), met), new TodayItem.Line(Labels.text("text.monitoring.kpi.today.missed"), missed),
						new TodayItem.Line(Labels.text("text.monitoring.kpi.today.open"), open))));
	}
}
