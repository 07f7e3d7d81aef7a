package nl.jeugdregie.steering.internal.governance;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * STU-6: a meeting rhythm needs a frequency of at least 1 (every 0 weeks or 0 times a year is no rhythm) and at
 * most 52, and an anchor month, if any, from 1 to 12.
 */
final class MeetingFrequencyPolicy {

	static final int MAX_FREQUENCY = 52;

	List<Refusal> check(@Nullable Integer frequency, @Nullable Integer anchorMonth) {
		var refusals = new ArrayList<Refusal>();
		if (frequency == null) {
			refusals.add(Refusal.of("frequency", "steering.refusal.frequency.missing"));
		}
		else if (frequency < 1 || frequency > MAX_FREQUENCY) {
			refusals.add(Refusal.of("frequency", "steering.refusal.frequency.outOfRange", 1, MAX_FREQUENCY));
		}
		if (anchorMonth != null && (anchorMonth < 1 || anchorMonth > 12)) {
			refusals.add(Refusal.of("anchorMonth", "steering.refusal.anchorMonth.outOfRange"));
		}
		return List.copyOf(refusals);
	}
}
