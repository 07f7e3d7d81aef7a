package nl.jeugdregie.messaging.internal.incoming;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;

/** The level-3 rules for a JW307 StopProduct, each named after the standard's rule, with its retour code. */
final class StopRules {

	private StopRules() {}

	static List<CrossMessageRule<SubmittedStop>> all() {
		return List.of(new AllocationExists(), new DeleteNeedsEarlierStop(), new StopKeyUnique(), new StopFollowsStart(),
				new OneTemporaryStop(), new OnlyDefinitiveAfterTemporary(), new EndNotBeforeEarlierStop());
	}

	/** TR019 → 9019: a stop refers to an existing allocation (of this provider, in this municipality). */
	static final class AllocationExists implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			return before.allocationOfSender(s.product().allocationNumber()).isPresent() ? Optional.empty() : Optional.of("9019");
		}
	}

	/** TR063 → 9063: deleting (status 3) needs an earlier stop with the same key. */
	static final class DeleteNeedsEarlierStop implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.DELETE) {
				return Optional.empty();
			}
			return before.stops().contains(s.asDelivery()) ? Optional.empty() : Optional.of("9063");
		}
	}

	/** TR074 → 9074: a new stop's key (client, allocation, start and end date, reason) was not received before. */
	static final class StopKeyUnique implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.NEW) {
				return Optional.empty();
			}
			return before.stops().contains(s.asDelivery()) ? Optional.of("9074") : Optional.empty();
		}
	}

	/** OP377 (TR069 → 9069): a stop, temporary or definitive, follows an earlier start with the same key. */
	static final class StopFollowsStart implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			if (s.product().status() != StatusAanlevering.NEW) {
				return Optional.empty();
			}
			var p = s.product();
			return before.starts().stream().anyMatch(start -> start.sameStart(s.bsn(), p.allocationNumber(), p.startDate()))
					? Optional.empty() : Optional.of("9069");
		}
	}

	/** TR413 → 9413: after a temporary stop no second temporary stop for the same start. */
	static final class OneTemporaryStop implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			var p = s.product();
			if (p.status() != StatusAanlevering.NEW || !p.temporary()) {
				return Optional.empty();
			}
			return before.stops().stream().anyMatch(stop -> stop.temporary() && stop.sameStart(s.bsn(), p.allocationNumber(),
					p.startDate())) ? Optional.of("9413") : Optional.empty();
		}
	}

	/**
	 * OP378 (TR415 → 9415): after a definitive stop nothing follows for the same start; after a temporary stop only a
	 * definitive stop (TR413 covers a second temporary one).
	 */
	static final class OnlyDefinitiveAfterTemporary implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			var p = s.product();
			if (p.status() != StatusAanlevering.NEW) {
				return Optional.empty();
			}
			return before.stops().stream().anyMatch(stop -> !stop.temporary() && stop.sameStart(s.bsn(), p.allocationNumber(),
					p.startDate())) ? Optional.of("9415") : Optional.empty();
		}
	}

	/** TR414 → 9414: a following stop does not end before the stop already reported for the same start. */
	static final class EndNotBeforeEarlierStop implements CrossMessageRule<SubmittedStop> {
		@Override
		public Optional<String> check(SubmittedStop s, Deliveries before) {
			var p = s.product();
			if (p.status() != StatusAanlevering.NEW) {
				return Optional.empty();
			}
			return before.stops().stream().filter(stop -> stop.sameStart(s.bsn(), p.allocationNumber(), p.startDate()))
					.anyMatch(stop -> stop.endDate() != null && p.endDate().isBefore(stop.endDate())) ? Optional.of("9414")
							: Optional.empty();
		}
	}
}
