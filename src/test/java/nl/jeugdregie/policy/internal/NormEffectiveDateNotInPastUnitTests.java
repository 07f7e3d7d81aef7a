package nl.jeugdregie.policy.internal;

import static nl.jeugdregie.policy.internal.ProposedNormChanges.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.NormChangeRefusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BEY-2: a norm change does not rewrite history")
class NormEffectiveDateNotInPastUnitTests {

	private final NormEffectiveDateNotInPast rule = new NormEffectiveDateNotInPast();

	@Test
	void allowsAValueFromToday() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY, false))).isEmpty();
	}

	@Test
	void allowsAValueFromALaterDate() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY.plusYears(1), false))).isEmpty();
	}

	@Test
	void refusesAValueFromYesterday() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY.minusDays(1), false)))
				.map(NormChangeRefusal::of).contains(NormChangeRefusal.EFFECTIVE_DATE_IN_PAST);
	}
}
