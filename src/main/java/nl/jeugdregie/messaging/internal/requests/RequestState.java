package nl.jeugdregie.messaging.internal.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging.AllocationOfYoungPerson;

/**
 * What the level-3 rules of a request see: the ReferentieAanbieder values the provider used before (TR347), whether the
 * provider has a request for this client in progress (TR374), the client's allocations at this provider (TR349, TR350,
 * TR351, TR357, TR361, TR373, TR375, TR411, TR412), whether the BSN is a known client and which of the numbers the
 * message names are this provider's allocations of another client (TR304). {@code day} is the message's date.
 */
record RequestState(Set<String> usedReferences, boolean requestInProgress, List<AllocationOfYoungPerson> allocationsAtProvider,
		LocalDate day, boolean clientKnown, Set<Long> numbersOfOtherClients) {

	RequestState {
		usedReferences = Set.copyOf(usedReferences);
		allocationsAtProvider = List.copyOf(allocationsAtProvider);
		numbersOfOtherClients = Set.copyOf(numbersOfOtherClients);
	}

	/** A known client with no allocations of other clients named (the state of most tests). */
	RequestState(Set<String> usedReferences, boolean requestInProgress, List<AllocationOfYoungPerson> allocationsAtProvider,
			LocalDate day) {
		this(usedReferences, requestInProgress, allocationsAtProvider, day, true, Set.of());
	}

	List<AllocationOfYoungPerson> current() {
		return allocationsAtProvider.stream().filter(a -> a.currentOn(day)).toList();
	}

	boolean isCurrent(long number) {
		return currentAllocation(number).isPresent();
	}

	/** The client's current allocation at this provider with this ToewijzingNummer (TR350, TR351). */
	Optional<AllocationOfYoungPerson> currentAllocation(long number) {
		return current().stream().filter(a -> a.number() == number).findFirst();
	}
}
