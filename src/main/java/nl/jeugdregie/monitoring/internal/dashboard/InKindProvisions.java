package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.platform.text.Labels;

/**
 * MON-8 (with MON-5, MON-6): the in-kind individual provisions decided in the period, per product category (number,
 * average duration in days, budget in euros, the providers' average current waiting time in weeks) and in total
 * (bridging care, out of region, residential, family-based, extensions, PGB). Every figure goes through the
 * disclosure control: small groups are left out (mark k).
 */
public record InKindProvisions(String status, String requirement, String message, List<Category> categories,
		List<Total> totals) {

	/** One product category's figures. */
	public record Category(String code, String name, Figure count, Figure averageDays, Figure budgetEuros,
			Figure averageWaitWeeks) {}

	/** One total with its stable code and Dutch label. */
	public record Total(String code, String label, Figure value) {}

	static InKindProvisions empty() {
		return new InKindProvisions("EMPTY", "MON-8", Labels.text("text.monitoring.dashboard.inKind.empty"),
				List.of(), List.of());
	}
}
