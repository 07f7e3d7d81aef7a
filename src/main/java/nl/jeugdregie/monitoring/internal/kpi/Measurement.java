package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import nl.jeugdregie.monitoring.internal.disclosure.PerturbationTable;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import org.jspecify.annotations.Nullable;

/** What was measured for a KPI in its year, before it is judged against the target (MON-4). */
public sealed interface Measurement {

	/** A percentage: numerator of denominator, true and as published (SEC-2, ADR 0021). */
	record Ratio(Share share) implements Measurement {}

	/**
	 * A number of days from a set of requests (the median wait): judged only when the published number of requests is
	 * 5 or more (SEC-2), so the verdict tells no more than the published count.
	 */
	record Days(@Nullable Long days, long count, long publishedCount) implements Measurement {

		boolean tooFew() {
			return publishedCount < PerturbationTable.ZERO_STANDS_FOR_UP_TO;
		}
	}

	/** A value the policy officer entered by hand, with its source. */
	record Entered(BigDecimal value, String source, String by, Instant at) implements Measurement {}

	/** A hand-entered KPI without a value yet. */
	record NotEntered() implements Measurement {}

	/** The year has not begun: nothing can be measured. */
	record NotStarted() implements Measurement {}
}
