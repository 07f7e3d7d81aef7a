package nl.jeugdregie.messaging.internal.outgoing;

import nl.jeugdregie.allocation.AllocationDecided;
import nl.jeugdregie.allocation.AllocationEnded;
import nl.jeugdregie.allocation.AllocationVolumeChanged;
import nl.jeugdregie.allocation.AllocationWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * TOEW-7: every allocation decision and change leaves as a JW301 (ADR 0046). Idempotent on redelivery: the outbox
 * keeps one entry per change. Without a surrounding transaction: the outbox commits its own before it hands the message
 * to the hub, so the hand-over never holds a second connection.
 */
@Component
class AllocationChangeListener {

	private final Outbox outbox;

	AllocationChangeListener(Outbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AllocationDecided event) {
		outbox.record(AllocationChange.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AllocationEnded event) {
		outbox.record(AllocationChange.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AllocationVolumeChanged event) {
		outbox.record(AllocationChange.of(event));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(AllocationWithdrawn event) {
		outbox.record(AllocationChange.of(event));
	}
}
