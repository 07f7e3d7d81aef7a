package nl.jeugdregie.messaging.internal.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.allocation.RequestsForMessaging.AllocationOfYoungPerson;

/**
 * What the level-3 rules of a request see: the ReferentieAanbieder values the provider used before (TR347), whether the
 * provider has a request for this client in progress (TR374), and the client's allocations at this provider (TR349,
 * TR350, TR351). {@code day} is the message's date.
 */
record RequestState(Set<String> usedReferences, boolean requestInProgress, List<AllocationOfYoungPerson> allocationsAtProvider,
		LocalDate day) {

	RequestState {
		usedReferences = Set.copyOf(usedReferences);
		allocationsAtProvider = List.copyOf(allocationsAtProvider);
	}

	List<AllocationOfYoungPerson> current() {
		return allocationsAtProvider.stream().filter(a -> a.currentOn(day)).toList();
	}

	boolean isCurrent(long number) {
		return current().stream().anyMatch(a -> a.number() == number);
	}
}
