package nl.jeugdregie.plans;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * A heavy step someone wants to record or decide: what, on which date, and for support the period it covers
 * (from the start of the support up to and including its planned end).
 */
public record ProposedHeavyStep(HeavyStepKind kind, LocalDate decidedOn, @Nullable LocalDate supportFrom,
		@Nullable LocalDate supportUntil) {

	public ProposedHeavyStep {
		if (kind == null || decidedOn == null) {
			throw new IllegalArgumentException("A heavy step has a kind and a decision date");
		}
	}

	public static ProposedHeavyStep placement(LocalDate decidedOn) {
		return new ProposedHeavyStep(HeavyStepKind.OUT_OF_HOME_PLACEMENT, decidedOn, null, null);
	}

	/** Whether the support runs past {@code supportFrom} plus {@code term}; false without a period. */
	public boolean supportLongerThan(Period term) {
		return supportFrom != null && supportUntil != null && supportUntil.isAfter(supportFrom.plus(term));
	}
}
