package nl.jeugdregie.policy.internal;

import static nl.jeugdregie.policy.internal.ProposedNormChanges.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.policy.NormChangeRefusal;
import org.junit.jupiter.api.Test;

class NormEffectiveDateWithinHorizonUnitTests {

	private final NormEffectiveDateWithinHorizon rule = new NormEffectiveDateWithinHorizon();

	@Test
	void allowsAValueUpToTenYearsAhead() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY, false))).isEmpty();
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY.plusYears(10), false))).isEmpty();
	}

	@Test
	void refusesAValueFurtherAheadSuchAsATypoInTheYear() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY.plusYears(10).plusDays(1), false)))
				.map(NormChangeRefusal::of).contains(NormChangeRefusal.EFFECTIVE_DATE_TOO_FAR_AHEAD);
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(LocalDate.MAX, false)))
				.map(NormChangeRefusal::of).contains(NormChangeRefusal.EFFECTIVE_DATE_TOO_FAR_AHEAD);
	}
}
