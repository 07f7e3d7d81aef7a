package nl.jeugdregie.monitoring.internal.kpi;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outcome of a change to action lines or KPIs (MON-4); every caller handles each case. */
sealed interface KpiChange {

	/** Stored: the id of what was added or changed, and how many KPIs (for a copy). */
	record Done(@Nullable UUID id, int count) implements KpiChange {}

	/** Fields refused, nothing stored. */
	record Invalid(List<KpiInputPolicy.Violation> violations) implements KpiChange {}

	/** No such action line or KPI in the user's municipality. */
	record NotFound() implements KpiChange {}

	/** Someone else changed it since the writer read it. */
	record Stale() implements KpiChange {}

	/** The change does not fit the current state, with the Dutch reason. */
	record Refused(String reason) implements KpiChange {}
}
