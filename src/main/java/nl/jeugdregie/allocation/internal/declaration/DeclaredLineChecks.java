package nl.jeugdregie.allocation.internal.declaration;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.messaging.DeclarationsForMessaging.Line;
import nl.jeugdregie.allocation.internal.ValidityPeriod;
import nl.jeugdregie.allocation.internal.decision.Budget;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * BEY-5, TOEW-7 (ADR 0047): the level-3 rules of the iJw standard for one JW323 line against its allocation, each a
 * named policy that refuses with its WJ001 retour code as the refusal's code (the JW325 carries it on the line). The
 * volume and tariff rules reuse the TOEW-9 checks of {@link DeclarationChecks}.
 */
final class DeclaredLineChecks {

	private DeclaredLineChecks() {}

	/** A debit line and the allocation (locked) it names, with what was approved before it. */
	record LineAgainst(Line line, AllocationToJudge allocation) {

		ValidityPeriod period() {
			return new ValidityPeriod(line.from(), line.until());
		}

		/** The line as a TOEW-9 declaration line, when its volume fits one (at least one unit). */
		Optional<DeclarationChecks.Declared> asDeclared() {
			if (line.volume() < 1 || line.volume() > Integer.MAX_VALUE) {
				return Optional.empty();
			}
			return Optional.of(new DeclarationChecks.Declared(new DeclarationLine(line.allocationNumber(), period(),
					(int) line.volume(), line.tariffCents()), allocation.totals(), line.reference()));
		}
	}

	/** In the order the codes are listed on a rejected line. */
	static List<Policy<LineAgainst>> all() {
		return List.of(new NotOnWithdrawnAllocation(), new StartsWithinAllocation(), new EndsWithinAllocation(),
				new StartsOnFirstOfMonth(), new EndsOnLastOfMonth(), new SameProductCategory(),
				new SameProductCode(), new SameUnit(), new AmountIsVolumeTimesTariff(), new LineWithinVolume(), new TotalWithinVolume(),
				new TotalWithinBudget(), new AtContractTariff());
	}

	private static Optional<Refusal> code(String code, String reference) {
		return Optional.of(Refusal.of(reference, code));
	}

	/** TR384 → 9384: no line on an allocation withdrawn as sent in error (RedenWijziging 13). */
	static final class NotOnWithdrawnAllocation implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			return l.allocation().withdrawn() ? code("9384", l.line().reference()) : Optional.empty();
		}
	}

	/** TR307 → 9307: the line's period starts on or after the allocation's first day. */
	static final class StartsWithinAllocation implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			return l.line().from().isBefore(l.allocation().totals().period().from()) ? code("9307", l.line().reference())
					: Optional.empty();
		}
	}

	/** TR308 → 9308: the line's period ends on or before the allocation's last day. */
	static final class EndsWithinAllocation implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var until = l.allocation().totals().period().until();
			return until != null && l.line().until().isAfter(until) ? code("9308", l.line().reference()) : Optional.empty();
		}
	}

	/**
	 * TR387 → 9387: the ProductPeriode starts on the first day of its calendar month, unless the allocation starts later
	 * in that month: then on the allocation's first day.
	 */
	static final class StartsOnFirstOfMonth implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var from = l.line().from();
			var allocationFrom = l.allocation().totals().period().from();
			var expected = YearMonth.from(allocationFrom).equals(YearMonth.from(from)) && allocationFrom.getDayOfMonth() > 1
					? allocationFrom : from.withDayOfMonth(1);
			return from.equals(expected) ? Optional.empty() : code("9387", l.line().reference());
		}
	}

	/**
	 * TR388 → 9388: the ProductPeriode ends on the last day of the calendar month it concerns (the month it starts in),
	 * unless the allocation ends earlier in that month: then on the allocation's last day.
	 */
	static final class EndsOnLastOfMonth implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var month = YearMonth.from(l.line().from());
			var allocationUntil = l.allocation().totals().period().until();
			var expected = allocationUntil != null && YearMonth.from(allocationUntil).equals(month)
					? allocationUntil : month.atEndOfMonth();
			return l.line().until().equals(expected) ? Optional.empty() : code("9388", l.line().reference());
		}
	}

	/** TR339 → 9339: the product category is the allocated one. */
	static final class SameProductCategory implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			return l.line().productCategory().equals(l.allocation().category()) ? Optional.empty()
					: code("9339", l.line().reference());
		}
	}

	/** TR340 → 9340: the product code, when the line names one, is the allocated one. */
	static final class SameProductCode implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var code = l.line().productCode();
			return code == null || code.equals(l.allocation().productCode()) ? Optional.empty()
					: code("9340", l.line().reference());
		}
	}

	/** TR341 → 9341: the line's unit is the allocation's unit. */
	static final class SameUnit implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			return l.line().unit().equals(l.allocation().unit()) ? Optional.empty() : code("9341", l.line().reference());
		}
	}

	/** TR346 → 9346: unless the unit is euros (83), the amount is the volume times the tariff. */
	static final class AmountIsVolumeTimesTariff implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var line = l.line();
			if ("83".equals(line.unit())) {
				return Optional.empty();
			}
			return line.amountCents() == Math.multiplyExact(line.volume(), line.tariffCents()) ? Optional.empty()
					: code("9346", line.reference());
		}
	}

	/**
	 * TR321 → 9321: the line's volume fits the allocated volume over the line's own period (per day, started week or
	 * started month of that period; a total once over the allocation).
	 */
	static final class LineWithinVolume implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var a = l.allocation();
			var allowed = Budget.units(a.volume(), a.frequency(), l.period());
			return l.line().volume() <= allowed ? Optional.empty() : code("9321", l.line().reference());
		}
	}

	/**
	 * TR322 → 9322: with everything approved before (also earlier in the same message), no more units than allocated
	 * over the allocation's whole period (the TOEW-9 volume check).
	 */
	static final class TotalWithinVolume implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var declared = l.asDeclared();
			if (declared.isEmpty()) {
				return Optional.empty();
			}
			return new DeclarationChecks.WithinAllocatedVolume().check(declared.get()).isPresent()
					? code("9322", l.line().reference()) : Optional.empty();
		}
	}

	/** TR369 → 9369: with everything approved before, the amounts stay within the allocation's budget. */
	static final class TotalWithinBudget implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var t = l.allocation().totals();
			return t.declaredCents() + l.line().amountCents() <= t.budgetCents() ? Optional.empty()
					: code("9369", l.line().reference());
		}
	}

	/** TR418 → 0611: the tariff is the contract's tariff of the allocation (the TOEW-9 tariff check). */
	static final class AtContractTariff implements Policy<LineAgainst> {
		@Override
		public Optional<Refusal> check(LineAgainst l) {
			var declared = l.asDeclared();
			var other = declared.isPresent() ? new DeclarationChecks.AtAllocatedTariff().check(declared.get()).isPresent()
					: l.line().tariffCents() != l.allocation().totals().tariffCents();
			return other ? code("0611", l.line().reference()) : Optional.empty();
		}
	}
}
