package nl.jeugdregie.policy.internal;

import static nl.jeugdregie.policy.internal.ProposedNormChanges.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.policy.NormChangeRefusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BEY-2: a scheduled value may be replaced only while its date lies in the future")
class NormInEffectNotReplacedUnitTests {

	private final NormInEffectNotReplaced rule = new NormInEffectNotReplaced();

	@Test
	void allowsReplacingAValueScheduledForALaterDate() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY.plusDays(1), true))).isEmpty();
	}

	@Test
	void refusesReplacingAValueInEffectFromToday() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY, true)))
				.map(NormChangeRefusal::of).contains(NormChangeRefusal.VALUE_ALREADY_IN_EFFECT);
	}

	@Test
	void allowsANewValueFromTodayWhenNoneWasSetForToday() {
		assertThat(rule.check(ProposedNormChanges.effectiveFrom(TODAY, false))).isEmpty();
	}
}
