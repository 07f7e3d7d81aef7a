package nl.jeugdregie.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * No event is lost (issue 19 item 7): every {@code redelivery-interval} the deliveries that failed (a listener threw,
 * for example because no connection was free) are delivered again, until they succeed. Only publications marked
 * failed and older than {@code min-age} are taken, and at most {@code batch-size} at a time, so a delivery that is
 * still waiting or running is never doubled. A delivery still waiting or running after {@code stale-after} (a full
 * queue, a process that stopped) is taken as lost and marked failed first. At start, Spring Modulith delivers every
 * open publication again ({@code republish-outstanding-events-on-restart}). Listeners are idempotent, so a delivery
 * that did complete but was repeated all the same changes nothing (ADR 0026).
 */
@Component
class EventRedelivery implements SchedulingConfigurer {

	private static final Logger LOG = LoggerFactory.getLogger(EventRedelivery.class);

	private final EventPublicationRegistry registry;
	private final FailedEventPublications failed;
	private final EventDeliverySettings settings;

	EventRedelivery(EventPublicationRegistry registry, FailedEventPublications failed, EventDeliverySettings settings) {
		this.registry = registry;
		this.failed = failed;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::redeliver, settings.redeliveryInterval());
	}

	/** One round: stale deliveries marked failed, then failed ones delivered again. Never throws. */
	void redeliver() {
		try {
			registry.markStalePublicationsFailed(status -> settings.staleAfter());
			failed.resubmit(ResubmissionOptions.defaults()
					.withMinAge(settings.minAge())
					.withBatchSize(settings.batchSize())
					.withMaxInFlight(settings.batchSize()));
		} catch (RuntimeException e) {
			LOG.warn("Redelivery of failed events did not run this round ({}); it tries again in {}",
					e.getClass().getName(), settings.redeliveryInterval());
		}
	}
}
