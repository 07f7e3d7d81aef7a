package nl.jeugdregie.signin.internal.protection;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per source address for logins with a password: each may cost ~75 ms of CPU (bcrypt), so no
 * client may try more than {@code perSecond} a second (and at most {@code perSecond} at once). A Basic call with a
 * remembered password takes nothing: it needs no bcrypt. Measured on a
 * monotonic ticker, not on the wall clock: a rate is about elapsed time, which a clock change must not reset.
 * Kept in memory (a restart only refills it) and thread-safe: a concurrent map of buckets that each take and
 * refill under their own lock.
 */
final class VerificationBudget {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;
	/** With more addresses than this, the full buckets (idle addresses) are forgotten. */
	private static final int MAX_ADDRESSES = 10_000;

	private final int perSecond;
	private final LongSupplier nanoTicker;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	VerificationBudget(int perSecond, LongSupplier nanoTicker) {
		if (perSecond < 1) {
			throw new IllegalArgumentException("At least one verification a second");
		}
		this.perSecond = perSecond;
		this.nanoTicker = nanoTicker;
	}

	/** Takes one verification from the address's budget; false when it is spent. */
	boolean tryTake(String address) {
		var now = nanoTicker.getAsLong();
		if (buckets.size() >= MAX_ADDRESSES) {
			// A forgotten bucket is a full one, so only buckets that have refilled completely can go.
			buckets.values().removeIf(bucket -> bucket.isFull(now, perSecond));
		}
		return buckets.computeIfAbsent(address, a -> new Bucket(perSecond, now)).tryTake(now, perSecond);
	}

	/** How long until the address may verify again; zero when it may now. */
	Duration waitFor(String address) {
		var bucket = buckets.get(address);
		return bucket == null ? Duration.ZERO : bucket.waitFor(nanoTicker.getAsLong(), perSecond);
	}

	private static final class Bucket {

		private double tokens;
		private long updatedAt;

		Bucket(int capacity, long now) {
			this.tokens = capacity;
			this.updatedAt = now;
		}

		synchronized boolean tryTake(long now, int perSecond) {
			refill(now, perSecond);
			if (tokens < 1) {
				return false;
			}
			tokens -= 1;
			return true;
		}

		synchronized Duration waitFor(long now, int perSecond) {
			refill(now, perSecond);
			return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond));
		}

		synchronized boolean isFull(long now, int perSecond) {
			refill(now, perSecond);
			return tokens >= perSecond;
		}

		private void refill(long now, int perSecond) {
			// A ticker read before another thread's later one must not take tokens back: never go back in time.
			if (now > updatedAt) {
				tokens = Math.min(perSecond, tokens + (double) (now - updatedAt) * perSecond / NANOS_PER_SECOND);
				updatedAt = now;
			}
		}
	}
}
