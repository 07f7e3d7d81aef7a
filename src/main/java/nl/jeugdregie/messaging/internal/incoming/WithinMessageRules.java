package nl.jeugdregie.messaging.internal.incoming;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;

/**
 * Level 2: the rules checkable within one start or stop message. Any broken one rejects the whole message with a
 * header-only retour code 0001; {@link Rule#check} names the broken rule for the history (never a value).
 */
final class WithinMessageRules {

	private WithinMessageRules() {}

	interface Rule {
		/** The name of the broken rule, or empty. */
		Optional<String> check(IjwMessage message);
	}

	static List<Rule> all() {
		return List.of(new BirthDateWithin120Years(), new EndNotBeforeStart(), new NoDuplicateClasses(), new NoChangeStatus());
	}

	/** The first broken rule's name. */
	static Optional<String> firstBroken(IjwMessage message) {
		return all().stream().map(r -> r.check(message)).flatMap(Optional::stream).findFirst();
	}

	/** TR002: the birth date is not more than 120 years before the message's date (nor after it). */
	static final class BirthDateWithin120Years implements Rule {
		@Override
		public Optional<String> check(IjwMessage message) {
			var birth = switch (message) {
				case IjwMessage.Start s -> s.client().birthDate();
				case IjwMessage.Stop s -> s.client().birthDate();
				case IjwMessage.Allocation a -> a.client().birthDate();
				case IjwMessage.Declaration d -> null;
			};
			if (birth == null) {
				return Optional.empty();
			}
			var date = message.header().dateStamp();
			return birth.isBefore(date.minusYears(120)) || birth.isAfter(date) ? Optional.of("TR002") : Optional.empty();
		}
	}

	/** TR018: a stop's end date is on or after its start date. */
	static final class EndNotBeforeStart implements Rule {
		@Override
		public Optional<String> check(IjwMessage message) {
			return message instanceof IjwMessage.Stop stop
					&& stop.products().stream().anyMatch(p -> p.endDate().isBefore(p.startDate())) ? Optional.of("TR018")
							: Optional.empty();
		}
	}

	/** TR101: no class twice in one message (the same key with the same status). */
	static final class NoDuplicateClasses implements Rule {
		@Override
		public Optional<String> check(IjwMessage message) {
			var seen = new HashSet<Object>();
			var products = switch (message) {
				case IjwMessage.Start s -> s.products().stream()
						.map(p -> List.<Object>of(p.allocationNumber(), p.startDate(), p.status())).toList();
				case IjwMessage.Stop s -> s.products().stream()
						.map(p -> List.<Object>of(p.allocationNumber(), p.startDate(), p.endDate(), p.reason(), p.status())).toList();
				case IjwMessage.Allocation a -> a.products().stream().map(p -> List.<Object>of(p.allocationNumber())).toList();
				case IjwMessage.Declaration d -> d.lines().stream().map(l -> List.<Object>of(l.reference())).toList();
			};
			return products.stream().allMatch(seen::add) ? Optional.empty() : Optional.of("TR101");
		}
	}

	/** IV008: corrections are a deletion (3) and a new submission (1); status 2 is not used for starts and stops. */
	static final class NoChangeStatus implements Rule {
		@Override
		public Optional<String> check(IjwMessage message) {
			var change = switch (message) {
				case IjwMessage.Start s -> s.products().stream().anyMatch(p -> p.status() == StatusAanlevering.CHANGE);
				case IjwMessage.Stop s -> s.products().stream().anyMatch(p -> p.status() == StatusAanlevering.CHANGE);
				case IjwMessage.Allocation a -> false;
				case IjwMessage.Declaration d -> false;
			};
			return change ? Optional.of("IV008") : Optional.empty();
		}
	}
}
