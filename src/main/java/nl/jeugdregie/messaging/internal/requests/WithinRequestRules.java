package nl.jeugdregie.messaging.internal.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.messaging.internal.requests.RequestMessage.Kind;
import nl.jeugdregie.messaging.internal.requests.RequestMessage.Line;

/**
 * Level 2 for a JW315 or JW317: the rules checkable within the message (rules/technische-regels/xslt and the
 * conditions). Any broken one rejects the message with a header-only retour 0001; {@link Rule#check} names the rule
 * for the history (never a value).
 */
final class WithinRequestRules {

	private WithinRequestRules() {}

	interface Rule {
		/** The name of the broken rule, or empty. */
		Optional<String> check(RequestMessage message);
	}

	static List<Rule> all() {
		return List.of(new BirthDateWithin120Years(), new ReferenceUniqueInMessage(), new RequestedProductsDoNotOverlap(),
				new ProductUnlessBudget(), new NoDuplicateClasses(), new ChangeNamesCurrentProducts(), new ChangeAsksSomething(),
				new NewProductsDoNotOverlap());
	}

	static Optional<String> firstBroken(RequestMessage message) {
		return all().stream().map(r -> r.check(message)).flatMap(Optional::stream).findFirst();
	}

	/** TR002 (JW315): the birth date is not more than 120 years before the message's date, nor after it. */
	static final class BirthDateWithin120Years implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			var birth = m.birthDate();
			var date = m.header().dateStamp();
			return birth != null && (birth.isBefore(date.minusYears(120)) || birth.isAfter(date)) ? Optional.of("TR002")
					: Optional.empty();
		}
	}

	/** TR383 (JW315): every AangevraagdProduct has its own ReferentieAanbieder within the message. */
	static final class ReferenceUniqueInMessage implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			var seen = new HashSet<String>();
			return m.isChange() || m.references().stream().allMatch(seen::add) ? Optional.empty() : Optional.of("TR383");
		}
	}

	/** TR386 (JW315): a product occurs more than once only with periods that do not overlap. */
	static final class RequestedProductsDoNotOverlap implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			return overlapping(m.lines(), Kind.REQUESTED) ? Optional.of("TR386") : Optional.empty();
		}
	}

	/** TR410 (JW317): a product occurs more than once among the new products only with periods that do not overlap. */
	static final class NewProductsDoNotOverlap implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			return overlapping(m.lines(), Kind.NEW) ? Optional.of("TR410") : Optional.empty();
		}
	}

	/** CD079 (JW315): a requested product without a budget names its product. */
	static final class ProductUnlessBudget implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			return m.lines().stream().anyMatch(l -> l.kind() == Kind.REQUESTED && l.budgetCents() == null && l.category() == null)
					? Optional.of("CD079") : Optional.empty();
		}
	}

	/** TR101 (JW317): no allocation named twice among the unchanged and changed products. */
	static final class NoDuplicateClasses implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			var seen = new HashSet<Long>();
			return m.lines().stream().filter(l -> l.allocationNumber() != null).allMatch(l -> seen.add(l.allocationNumber()))
					? Optional.empty() : Optional.of("TR101");
		}
	}

	/** TR352 (JW317): a request for a change names at least one unchanged or changed product. */
	static final class ChangeNamesCurrentProducts implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			return !m.isChange() || m.lines().stream().anyMatch(l -> l.kind() == Kind.UNCHANGED || l.kind() == Kind.CHANGED)
					? Optional.empty() : Optional.of("TR352");
		}
	}

	/** TR353 (JW317): a request for a change asks for at least one changed or new product. */
	static final class ChangeAsksSomething implements Rule {
		@Override
		public Optional<String> check(RequestMessage m) {
			return !m.isChange() || m.lines().stream().anyMatch(l -> l.kind() == Kind.CHANGED || l.kind() == Kind.NEW)
					? Optional.empty() : Optional.of("TR353");
		}
	}

	private static boolean overlapping(List<Line> lines, Kind kind) {
		var of = lines.stream().filter(l -> l.kind() == kind).toList();
		for (var i = 0; i < of.size(); i++) {
			for (var j = i + 1; j < of.size(); j++) {
				if (of.get(i).sameProduct(of.get(j)) && of.get(i).overlaps(of.get(j))) {
					return true;
				}
			}
		}
		return false;
	}
}
