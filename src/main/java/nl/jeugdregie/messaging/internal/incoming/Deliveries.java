package nl.jeugdregie.messaging.internal.incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging.AllocationFacts;

/**
 * What level-3 rules see: the reported starts and stops (not deleted) for the allocations a message names, and those
 * allocations. Judging a message adds and removes its own classes here in order, so a delete followed by a new
 * submission in one message works (IV008).
 */
final class Deliveries {

	private final List<Delivery> current;
	private final java.util.Map<Long, AllocationFacts> allocations;
	private final String sender;

	Deliveries(List<Delivery> current, java.util.Map<Long, AllocationFacts> allocations, String sender) {
		this.current = new ArrayList<>(current);
		this.allocations = allocations;
		this.sender = sender;
	}

	/** The allocation if it exists in the municipality and is for the sending provider. */
	Optional<AllocationFacts> allocationOfSender(long number) {
		return Optional.ofNullable(allocations.get(number)).filter(a -> a.provider().value().equals(sender));
	}

	List<Delivery> starts() {
		return current.stream().filter(d -> d.kind() == Delivery.Kind.START).toList();
	}

	List<Delivery> stops() {
		return current.stream().filter(d -> d.kind() == Delivery.Kind.STOP).toList();
	}

	void add(Delivery delivery) {
		current.add(delivery);
	}

	void remove(Delivery delivery) {
		current.remove(delivery);
	}
}
