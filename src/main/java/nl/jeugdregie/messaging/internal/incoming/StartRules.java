package nl.jeugdregie.messaging.internal.incoming;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;

/** The level-3 rules for a JW305 StartProduct, each named after the standard's rule, with its retour code. */
final class StartRules {

	private StartRules() {}

	/** In the order the standard's retour lists them; the first broken rule's code goes on the class. */
	static List<CrossMessageRule<SubmittedStart>> all() {
		return List.of(new AllocationExists(), new DeleteNeedsEarlierStart(), new StoppedStartNotDeleted(),
				new StartKeyUnique(), new OneCurrentStart());
	}

	/** TR019 → 9019: a start refers to an existing allocation (of this provider, in this municipality). */
	static final class AllocationExists implements CrossMessageRule<SubmittedStart> {
		@Override
		public Optional<String> check(SubmittedStart s, Deliveries before) {
			return before.allocationOfSender(s.product().allocationNumber()).isPresent() ? Optional.empty() : Optional.of("9019");
		}
	}

	/** TR063 → 9063: deleting (status 3) needs an earlier start with the same key. */
	static final class DeleteNeedsEarlierStart implements CrossMessageRule<SubmittedStart> {
		@Override
		public Optional<String> check(SubmittedStart s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.DELETE) {
				return Optional.empty();
			}
			return before.starts().contains(s.asDelivery()) ? Optional.empty() : Optional.of("9063");
		}
	}

	/** TR071 → 9071: a start that was stopped can no longer be deleted. */
	static final class StoppedStartNotDeleted implements CrossMessageRule<SubmittedStart> {
		@Override
		public Optional<String> check(SubmittedStart s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.DELETE) {
				return Optional.empty();
			}
			var p = s.product();
			return before.stops().stream().anyMatch(stop -> stop.sameStart(s.bsn(), p.allocationNumber(), p.startDate()))
					? Optional.of("9071") : Optional.empty();
		}
	}

	/** TR074 → 9074: a new start's key (client, allocation, start date) was not received before. */
	static final class StartKeyUnique implements CrossMessageRule<SubmittedStart> {
		@Override
		public Optional<String> check(SubmittedStart s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.NEW) {
				return Optional.empty();
			}
			return before.starts().contains(s.asDelivery()) ? Optional.of("9074") : Optional.empty();
		}
	}

	/**
	 * TR326 → 9326: no new start while the allocation has a current start, that is one without a stop (a temporary stop
	 * also ends it being current, so care can resume with a new start).
	 */
	static final class OneCurrentStart implements CrossMessageRule<SubmittedStart> {
		@Override
		public Optional<String> check(SubmittedStart s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.NEW) {
				return Optional.empty();
			}
			var stops = before.stops();
			var current = before.starts().stream()
					.filter(start -> start.allocationNumber() == s.product().allocationNumber() && start.bsn().equals(s.bsn()))
					.anyMatch(start -> stops.stream().noneMatch(stop -> stop.sameStart(start.bsn(), start.allocationNumber(),
							start.startDate())));
			return current ? Optional.of("9326") : Optional.empty();
		}
	}
}
