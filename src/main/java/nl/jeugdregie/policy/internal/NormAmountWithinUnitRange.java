package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormUnit;

/**
 * Catches typing errors before they reach every worklist: a term of 0 weeks or 500 days is never meant; a term in
 * days may be 0, the same day.
 * The upper bounds are a year for terms in weeks and days and three years in months, far above any norm in
 * use; a count above 50 conversations is not a norm any more.
 */
final class NormAmountWithinUnitRange implements NormChangePolicy {

	static AmountRange rangeFor(NormUnit unit) {
		return switch (unit) {
			case COUNT -> new AmountRange(1, 50);
			case WEEKS -> new AmountRange(1, 52);
			case DAYS -> new AmountRange(0, 365); // 0 days: the same day, as for a crisis (TOE-10)
			case WORKING_DAYS -> new AmountRange(1, 60); // iJw answer terms: 3, 5 and 10 working days (ADR 0037)
			case MONTHS -> new AmountRange(1, 36);
			case PERCENT -> new AmountRange(0, 100);
			case HOUR_OF_DAY -> new AmountRange(0, 24);
		};
	}

	@Override
	public Optional<Refusal> check(ProposedNormChange change) {
		return rangeFor(change.key().unit()).contains(change.amount())
				? Optional.empty()
				: Optional.of(RefusalExplanations.refusal(NormChangeRefusal.AMOUNT_OUT_OF_RANGE, change.key().unit()));
	}
}
