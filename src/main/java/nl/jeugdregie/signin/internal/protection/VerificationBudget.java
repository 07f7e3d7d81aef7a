package nl.jeugdregie.signin.internal.protection;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per source address for password verifications: each costs ~75 ms of CPU (bcrypt), so no client
 * may ask for more than {@code perSecond} a second. Measured on a monotonic ticker, not on the wall clock: a
 * rate is about elapsed time, which a clock change must not reset. Kept in memory: a restart only refills it.
 */
final class VerificationBudget {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;
	/** More addresses than this are forgotten at once; an address then starts with a full bucket again. */
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
		if (buckets.size() > MAX_ADDRESSES) {
			buckets.clear();
		}
		return buckets.computeIfAbsent(address, a -> new Bucket(perSecond, nanoTicker.getAsLong())).tryTake(
				nanoTicker.getAsLong(), perSecond);
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
			return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) ((1 - tokens) * NANOS_PER_SECOND / perSecond));
		}

		private void refill(long now, int perSecond) {
			tokens = Math.min(perSecond, tokens + (double) (now - updatedAt) * perSecond / NANOS_PER_SECOND);
			updatedAt = now;
		}
	}
}
