package nl.jeugdregie.monitoring.internal.outcomes;

/** The answer of {@link ReportPeriodPolicy}: a period a report may cover, or why not, in Dutch. */
public sealed interface PeriodCheck {

	/** @param running whether the period has not ended yet, so its figures are provisional */
	record Accepted(ReportPeriod period, boolean running) implements PeriodCheck {}

	/** @param type the stable problem type for the API; {@code title} and {@code detail} are shown to users */
	record Refused(String type, String title, String detail) implements PeriodCheck {}
}
