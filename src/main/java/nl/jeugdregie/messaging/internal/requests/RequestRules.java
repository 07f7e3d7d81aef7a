package nl.jeugdregie.messaging.internal.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging.AllocationOfYoungPerson;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.requests.RequestMessage.Kind;

/**
 * Level 3 for a JW315 or JW317: the rules across messages, each named after the standard's rule with its retour code.
 * One broken rule rejects the whole message: the failing class gets the first code broken on it, the other classes
 * 0200. Pure: the service loads the {@link RequestState}.
 */
final class RequestRules {

	/** Which class of the retour carries a code. */
	enum Target {
		CLIENT, REQUEST, LINE
	}

	/** A broken rule: its code on a class ({@code line} is the index of the product line for {@link Target#LINE}). */
	record Finding(Target target, int line, String code) {}

	interface Rule {
		List<Finding> check(RequestMessage message, RequestState state);
	}

	private RequestRules() {}

	static List<Rule> all() {
		return List.of(new ReferenceUnique(), new NoRequestInProgress(), new BsnIsTheClients(), new UnchangedIsCurrent(),
				new ChangedIsCurrent(), new ChangeNamesAllCurrent(), new PastChangeFromOriginalStart(),
				new BudgetOrTotalChangeFromOriginalStart(), new NoSizeWithoutProduct(), new SizeWithProductCode(),
				new NoSizeWithoutProductCode(), new ProductsDoNotOverlap());
	}

	static RequestCodes judge(RequestMessage message, RequestState state) {
		var findings = all().stream().flatMap(r -> r.check(message, state).stream()).toList();
		if (findings.isEmpty()) {
			return RequestCodes.none();
		}
		var client = first(findings, Target.CLIENT, -1);
		var request = message.isChange() ? first(findings, Target.REQUEST, -1) : List.<String>of();
		var lines = new ArrayList<List<String>>();
		for (var i = 0; i < message.lines().size(); i++) {
			lines.add(first(findings, Target.LINE, i));
		}
		return new RequestCodes(List.of(), client, request, lines);
	}

	private static List<String> first(List<Finding> findings, Target target, int line) {
		return List.of(findings.stream().filter(f -> f.target() == target && (target != Target.LINE || f.line() == line))
				.map(Finding::code).findFirst().orElse(RetourCodes.NO_REMARK));
	}

	/** TR347 → 9347: the provider has not used this ReferentieAanbieder before (on the product; a JW317's request). */
	static final class ReferenceUnique implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			if (m.isChange()) {
				return state.usedReferences().contains(m.changeReference()) ? List.of(new Finding(Target.REQUEST, -1, "9347"))
						: List.of();
			}
			var findings = new ArrayList<Finding>();
			for (var i = 0; i < m.lines().size(); i++) {
				if (state.usedReferences().contains(m.lines().get(i).reference())) {
					findings.add(new Finding(Target.LINE, i, "9347"));
				}
			}
			return findings;
		}
	}

	/**
	 * TR374 → 9374: no request while an earlier one of this provider for this client is in progress (until declined
	 * with a JW319 or allocated with a JW301 with its ReferentieAanbieder). On the Client of a JW315, the Verzoek of a
	 * JW317.
	 */
	static final class NoRequestInProgress implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return state.requestInProgress()
					? List.of(new Finding(m.isChange() ? Target.REQUEST : Target.CLIENT, -1, "9374")) : List.of();
		}
	}

	/** TR350 → 9350: every OngewijzigdProduct is a current allocation of the client at this provider. */
	static final class UnchangedIsCurrent implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return notCurrent(m, state, Kind.UNCHANGED, "9350");
		}
	}

	/** TR351 → 9351: every TeWijzigenProduct is a current allocation of the client at this provider. */
	static final class ChangedIsCurrent implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return notCurrent(m, state, Kind.CHANGED, "9351");
		}
	}

	/** TR349 → 9349: a request for a change names every current allocation of the client at this provider. */
	static final class ChangeNamesAllCurrent implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			if (!m.isChange()) {
				return List.of();
			}
			var named = m.lines().stream().map(RequestMessage.Line::allocationNumber).filter(n -> n != null).toList();
			return state.current().stream().allMatch(a -> named.contains(a.number())) ? List.of()
					: List.of(new Finding(Target.REQUEST, -1, "9349"));
		}
	}

	/**
	 * TR304 → 8187 on the Client of a JW317: the BSN is a client's, and the allocations the request names are that
	 * client's (a ToewijzingNummer of this provider's allocation of another client means the BSN does not fit).
	 */
	static final class BsnIsTheClients implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			if (!m.isChange()) {
				return List.of();
			}
			var foreign = m.lines().stream().map(RequestMessage.Line::allocationNumber).filter(Objects::nonNull)
					.anyMatch(state.numbersOfOtherClients()::contains);
			return !state.clientKnown() || foreign ? List.of(new Finding(Target.CLIENT, -1, "8187")) : List.of();
		}
	}

	/**
	 * TR357 → 9357 on the TeWijzigenProduct: a change that does not start after the message's date (GewensteIngangsdatum
	 * on or before the Dagtekening) is a change over the whole period, so it starts on the allocation's Ingangsdatum.
	 */
	static final class PastChangeFromOriginalStart implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return changed(m, state, "9357", (line, a) -> line.from() != null && !line.from().isAfter(m.header().dateStamp())
					&& !line.from().equals(a.validFrom()));
		}
	}

	/**
	 * TR373 → 9373 on the TeWijzigenProduct: a change of the budget, or of the volume of an allocation whose frequency is
	 * "total over the validity" (WMO757 6), starts on the allocation's Ingangsdatum (IV092: the whole budget or total
	 * changes).
	 */
	static final class BudgetOrTotalChangeFromOriginalStart implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return changed(m, state, "9373", (line, a) -> {
				var budgetChanged = line.budgetCents() != null && line.budgetCents() != a.budgetCents();
				var totalChanged = AllocationOfYoungPerson.TOTAL_OVER_VALIDITY.equals(a.frequency()) && line.volume() != null
						&& (line.volume() != a.volume() || !a.frequency().equals(line.frequency()));
				return (budgetChanged || totalChanged) && !Objects.equals(line.from(), a.validFrom());
			});
		}
	}

	/**
	 * TR375 → 9375 on the TeWijzigenProduct: no Omvang when the allocation names no product (a generic allocation, only a
	 * budget) and the requested Einddatum is after 31-12-2020 or empty.
	 */
	static final class NoSizeWithoutProduct implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return changed(m, state, "9375", (line, a) -> blank(a.productCategory()) && afterTransition(line.until())
					&& line.volume() != null);
		}
	}

	/** TR411 → 9411 on the TeWijzigenProduct: an Omvang when the allocation names a product code. */
	static final class SizeWithProductCode implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return changed(m, state, "9411", (line, a) -> !blank(a.productCode()) && line.volume() == null);
		}
	}

	/**
	 * TR412 → 9412 on the TeWijzigenProduct: no Omvang when the allocation has no product code and the requested
	 * Einddatum is after 31-12-2020 or empty.
	 */
	static final class NoSizeWithoutProductCode implements Rule {
		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			return changed(m, state, "9412", (line, a) -> blank(a.productCode()) && afterTransition(line.until())
					&& line.volume() != null);
		}
	}

	/**
	 * TR361 → 9361 on the later line: a product occurs more than once in a request for a change only with periods that
	 * do not overlap. An OngewijzigdProduct or TeWijzigenProduct is the client's allocation found by its
	 * ToewijzingNummer (its product; its period, for a change up to the requested Einddatum); a NieuwProduct is matched by
	 * its product: without a code on the category, without a category with every other product.
	 */
	static final class ProductsDoNotOverlap implements Rule {

		private record Occurrence(int line, @org.jspecify.annotations.Nullable String category,
				@org.jspecify.annotations.Nullable String code, LocalDate from, @org.jspecify.annotations.Nullable LocalDate until) {

			boolean sameProduct(Occurrence other) {
				return category == null || other.category == null
						|| category.equals(other.category) && (code == null || other.code == null || code.equals(other.code));
			}

			boolean overlaps(Occurrence other) {
				return (until == null || !until.isBefore(other.from)) && (other.until == null || !other.until.isBefore(from));
			}
		}

		@Override
		public List<Finding> check(RequestMessage m, RequestState state) {
			if (!m.isChange()) {
				return List.of();
			}
			var occurrences = new ArrayList<Occurrence>();
			for (var i = 0; i < m.lines().size(); i++) {
				var line = m.lines().get(i);
				if (line.kind() == Kind.NEW && line.from() != null) {
					occurrences.add(new Occurrence(i, line.category(), line.code(), line.from(), line.until()));
				} else if (line.allocationNumber() != null) {
					var current = state.currentAllocation(line.allocationNumber());
					if (current.isPresent()) {
						var a = current.get();
						var until = line.kind() == Kind.CHANGED && line.until() != null ? line.until() : a.validUntil();
						occurrences.add(new Occurrence(i, blankToNull(a.productCategory()), blankToNull(a.productCode()),
								a.validFrom(), until));
					}
				}
			}
			var findings = new ArrayList<Finding>();
			for (var j = 1; j < occurrences.size(); j++) {
				var later = occurrences.get(j);
				if (occurrences.subList(0, j).stream().anyMatch(o -> o.sameProduct(later) && o.overlaps(later))) {
					findings.add(new Finding(Target.LINE, later.line(), "9361"));
				}
			}
			return findings;
		}
	}

	/** TR375, TR412: 31-12-2020, the last day before the rules on the size of a generic allocation apply. */
	private static final LocalDate TRANSITION = LocalDate.of(2020, 12, 31);

	private static boolean afterTransition(@org.jspecify.annotations.Nullable LocalDate until) {
		return until == null || until.isAfter(TRANSITION);
	}

	private static boolean blank(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String value) {
		return blank(value) ? null : value;
	}

	/** A TeWijzigenProduct against the current allocation with its ToewijzingNummer (none: TR351 covers it). */
	private static List<Finding> changed(RequestMessage m, RequestState state, String code,
			java.util.function.BiPredicate<RequestMessage.Line, AllocationOfYoungPerson> broken) {
		var findings = new ArrayList<Finding>();
		for (var i = 0; i < m.lines().size(); i++) {
			var line = m.lines().get(i);
			if (line.kind() == Kind.CHANGED && line.allocationNumber() != null) {
				var current = state.currentAllocation(line.allocationNumber());
				if (current.isPresent() && broken.test(line, current.get())) {
					findings.add(new Finding(Target.LINE, i, code));
				}
			}
		}
		return findings;
	}

	private static List<Finding> notCurrent(RequestMessage m, RequestState state, Kind kind, String code) {
		var findings = new ArrayList<Finding>();
		for (var i = 0; i < m.lines().size(); i++) {
			var line = m.lines().get(i);
			if (line.kind() == kind && !state.isCurrent(java.util.Objects.requireNonNull(line.allocationNumber()))) {
				findings.add(new Finding(Target.LINE, i, code));
			}
		}
		return findings;
	}
}
