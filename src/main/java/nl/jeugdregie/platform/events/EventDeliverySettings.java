package nl.jeugdregie.platform.events;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events reach the asynchronous listeners ({@code jeugdregie.events.*}).
 *
 * @param listenerThreads listeners running at once, each holding one connection; unset: half the connection pool
 *        (at least 1), so requests always keep the other half ({@code JEUGDREGIE_EVENTS_LISTENER_THREADS})
 * @param queueCapacity events waiting for a listener thread; beyond it a delivery is left open in the registry and
 *        redelivered later, never lost and never run on the publishing request's thread
 * @param redeliveryInterval how often failed publications are delivered again ({@code JEUGDREGIE_EVENTS_REDELIVERY_INTERVAL})
 * @param minAge a publication younger than this is not redelivered yet ({@code JEUGDREGIE_EVENTS_REDELIVERY_MIN_AGE})
 * @param staleAfter a publication that is still waiting or running after this long is taken as lost (a full queue,
 *        a stopped process) and marked failed, so the next redelivery picks it up
 * @param batchSize the most publications delivered again in one round
 */
@ConfigurationProperties("jeugdregie.events")
record EventDeliverySettings(@Nullable Integer listenerThreads, @DefaultValue("10000") int queueCapacity,
		@DefaultValue("30s") Duration redeliveryInterval, @DefaultValue("1m") Duration minAge,
		@DefaultValue("10m") Duration staleAfter, @DefaultValue("500") int batchSize) {

	EventDeliverySettings {
		if (listenerThreads != null && listenerThreads < 1) {
			throw new IllegalArgumentException("jeugdregie.events.listener-threads must be at least 1, was " + listenerThreads);
		}
		if (queueCapacity < 1 || batchSize < 1) {
			throw new IllegalArgumentException("jeugdregie.events.queue-capacity and batch-size must be at least 1");
		}
		if (!redeliveryInterval.isPositive() || minAge.isNegative() || !staleAfter.isPositive()) {
			throw new IllegalArgumentException("jeugdregie.events: redelivery-interval and stale-after must be positive, "
					+ "min-age not negative");
		}
	}

	/** The listener threads: as configured, otherwise half the connection pool, at least one. */
	int threadsFor(int poolSize) {
		return listenerThreads != null ? listenerThreads : Math.max(1, poolSize / 2);
	}
}
