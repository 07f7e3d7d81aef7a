package nl.jeugdregie.schools.internal.presencenorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.internal.presence.NormPeriod;
import nl.jeugdregie.schools.internal.presence.NormSubject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("OND-2: a presence norm names subject and period, asks 1 to 31 contacts and takes effect today or later")
class NormRulesUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	@Test
	void refusesAnIncompleteNorm() {
		assertThat(NormComplete.all(new NormDraft(null, null, null, TODAY))).extracting(Refusal::code).containsExactly(
				"schools.norm.subject.required", "schools.norm.period.required", "schools.norm.minimum.range");
		assertThat(NormComplete.all(new NormDraft(NormSubject.PRIMARY, NormPeriod.MONTH, 32, TODAY)))
				.extracting(Refusal::field).containsExactly("minimum");
		assertThat(NormComplete.all(new NormDraft(NormSubject.PRIMARY, NormPeriod.MONTH, 0, TODAY))).hasSize(1);
		assertThat(NormComplete.all(new NormDraft(NormSubject.EXTRA_ON_SITE, NormPeriod.WEEK, 1, TODAY))).isEmpty();
	}

	@Test
	void refusesAnEffectiveDateInThePastButAcceptsToday() {
		var rule = new NormStartsFromToday(TODAY);
		assertThat(rule.check(new NormDraft(NormSubject.PRIMARY, NormPeriod.WEEK, 1, TODAY.minusDays(1))))
				.contains(Refusal.of("effectiveFrom", "schools.norm.effectiveFrom.past"));
		assertThat(rule.check(new NormDraft(NormSubject.PRIMARY, NormPeriod.WEEK, 1, null)))
				.contains(Refusal.of("effectiveFrom", "schools.norm.effectiveFrom.required"));
		assertThat(rule.check(new NormDraft(NormSubject.PRIMARY, NormPeriod.WEEK, 1, TODAY))).isEmpty();
		assertThat(rule.check(new NormDraft(NormSubject.PRIMARY, NormPeriod.WEEK, 1, TODAY.plusMonths(2)))).isEmpty();
	}
}
