package nl.jeugdregie.messaging.internal.declaration;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.messaging.internal.message.DeclaredLine;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Level 2 of a JW323 (ADR 0047): the rules checkable within the message. A broken message rule rejects the whole
 * declaration with a header-only JW325 code 0001 (the refusal's code names the rule for the history, never a value);
 * a broken line rule gives that line its own WJ001 code and leaves the other lines to be judged.
 */
final class DeclarationRules {

	private DeclarationRules() {}

	static List<Policy<IjwMessage.Declaration>> message() {
		return List.of(new HasLines(), new TotalIsSumOfLines(), new NoDuplicateLines(), new PreviousReferenceOnCreditOnly(),
				new NoDebitCreditedInSameMessage(), new NotOlderThanFiveYears());
	}

	/** The first broken message rule. */
	static Optional<Refusal> firstBroken(IjwMessage.Declaration declaration) {
		return message().stream().map(rule -> rule.check(declaration)).flatMap(Optional::stream).findFirst();
	}

	/** A declaration names at least one line (the schema's Prestaties has at least one Prestatie). */
	static final class HasLines implements Policy<IjwMessage.Declaration> {
		@Override
		public Optional<Refusal> check(IjwMessage.Declaration d) {
			return d.lines().isEmpty() ? Optional.of(Refusal.ofWhole("TR-lines")) : Optional.empty();
		}
	}

	/** TR358: TotaalIngediendBedrag is the sum of the lines' amounts, debit minus credit. */
	static final class TotalIsSumOfLines implements Policy<IjwMessage.Declaration> {
		@Override
		public Optional<Refusal> check(IjwMessage.Declaration d) {
			var sum = d.lines().stream().mapToLong(l -> l.credit() ? -l.amountCents() : l.amountCents()).sum();
			return sum == d.totalCents() ? Optional.empty() : Optional.of(Refusal.ofWhole("TR358"));
		}
	}

	/** TR101: no line twice in one message. */
	static final class NoDuplicateLines implements Policy<IjwMessage.Declaration> {
		@Override
		public Optional<Refusal> check(IjwMessage.Declaration d) {
			return new HashSet<>(d.lines()).size() == d.lines().size() ? Optional.empty() : Optional.of(Refusal.ofWhole("TR101"));
		}
	}

	/**
	 * The condition on VorigReferentieNummer (JW323 Prestatie, code 0001): filled on a credit line (it names the debit
	 * line the credit cancels, IV091), empty on a debit line.
	 */
	static final class PreviousReferenceOnCreditOnly implements Policy<IjwMessage.Declaration> {
		@Override
		public Optional<Refusal> check(IjwMessage.Declaration d) {
			return d.lines().stream().allMatch(l -> l.credit() == (l.previousReference() != null)) ? Optional.empty()
					: Optional.of(Refusal.ofWhole("CD-VorigReferentieNummer"));
		}
	}

	/**
	 * TR316: a debit line is not credited in the same message: no VorigReferentieNummer names the ReferentieNummer of a
	 * line in the same message.
	 */
	static final class NoDebitCreditedInSameMessage implements Policy<IjwMessage.Declaration> {
		@Override
		public Optional<Refusal> check(IjwMessage.Declaration d) {
			var references = d.lines().stream().map(DeclaredLine::reference).toList();
			return d.lines().stream().anyMatch(l -> l.previousReference() != null && references.contains(l.previousReference()))
					? Optional.of(Refusal.ofWhole("TR316")) : Optional.empty();
		}
	}

	/** TR335: no line's Einddatum lies more than five years before the declaration's date (Dagtekening). */
	static final class NotOlderThanFiveYears implements Policy<IjwMessage.Declaration> {
		@Override
		public Optional<Refusal> check(IjwMessage.Declaration d) {
			var limit = d.header().dateStamp().minusYears(5);
			return d.lines().stream().anyMatch(l -> l.until().isBefore(limit)) ? Optional.of(Refusal.ofWhole("TR335"))
					: Optional.empty();
		}
	}

	/** A line and the declaration it is in. */
	record LineIn(DeclaredLine line, IjwMessage.Declaration declaration) {}

	/**
	 * TR319 → 9319: a line's period lies within the current declaration period or an earlier one, that is it does not
	 * end after the declaration period.
	 */
	static final class WithinDeclarationPeriod implements Policy<LineIn> {
		@Override
		public Optional<Refusal> check(LineIn l) {
			return l.line().until().isAfter(l.declaration().periodUntil()) ? Optional.of(Refusal.of(l.line().reference(), "9319"))
					: Optional.empty();
		}
	}

	/** A declaration and the period start of the provider's latest accepted declaration, if any. */
	record PeriodAfter(IjwMessage.Declaration declaration, @Nullable LocalDate latest) {}

	/**
	 * TR318 → 8214: the declaration periods of a provider follow each other: a declaration's period is not before the
	 * latest period declared. (A gap is allowed when no care was delivered in the months between; the product does not
	 * know the months without care, so it does not refuse a gap.)
	 */
	static final class PeriodsFollowEachOther implements Policy<PeriodAfter> {
		@Override
		public Optional<Refusal> check(PeriodAfter p) {
			return p.latest() != null && p.declaration().periodFrom().isBefore(p.latest())
					? Optional.of(Refusal.ofWhole(IncomingDeclarations.PERIOD_OUT_OF_SEQUENCE)) : Optional.empty();
		}
	}
}
