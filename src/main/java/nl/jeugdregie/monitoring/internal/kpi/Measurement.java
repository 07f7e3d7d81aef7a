package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import nl.jeugdregie.monitoring.internal.SmallCountSuppression;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import org.jspecify.annotations.Nullable;

/** What was measured for a KPI in its year, before it is judged against the target (MON-4). */
public sealed interface Measurement {

	/** A percentage: numerator of denominator, with the small-count suppression of SEC-2. */
	record Ratio(Share share) implements Measurement {}

	/** A number of days from a set of requests (the median wait), hidden with fewer than 5 requests. */
	record Days(@Nullable Long days, long count) implements Measurement {

		boolean tooFew() {
			return count < SmallCountSuppression.THRESHOLD;
		}
	}

	/** A value the policy officer entered by hand, with its source. */
	record Entered(BigDecimal value, String source, String by, Instant at) implements Measurement {}

	/** A hand-entered KPI without a value yet. */
	record NotEntered() implements Measurement {}

	/** The year has not begun: nothing can be measured. */
	record NotStarted() implements Measurement {}
}
