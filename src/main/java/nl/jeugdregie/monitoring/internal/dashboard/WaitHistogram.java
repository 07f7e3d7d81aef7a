package nl.jeugdregie.monitoring.internal.dashboard;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Waiting days of started requests in day buckets (the last bucket holds a year or more). Percentiles by the
 * nearest-rank rule: the smallest number of days within which at least p percent of the requests started.
 */
public final class WaitHistogram {

	private final TreeMap<Integer, Long> requestsByDays = new TreeMap<>();

	void add(int days, long requests) {
		requestsByDays.merge(days, requests, Long::sum);
	}

	void addAll(WaitHistogram other) {
		other.requestsByDays.forEach(this::add);
	}

	public long count() {
		return requestsByDays.values().stream().mapToLong(Long::longValue).sum();
	}

	/** @param percent 1 to 100; null when there are no requests */
	public @Nullable Long percentile(int percent) {
		var total = count();
		if (total == 0) {
			return null;
		}
		var rank = (long) Math.ceil(total * percent / 100.0);
		var cumulative = 0L;
		for (Map.Entry<Integer, Long> bucket : requestsByDays.entrySet()) {
			cumulative += bucket.getValue();
			if (cumulative >= rank) {
				return (long) bucket.getKey();
			}
		}
		return (long) requestsByDays.lastKey();
	}
}
