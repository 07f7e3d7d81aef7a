package nl.jeugdregie.plans.internal.heavystep;

import static nl.jeugdregie.plans.internal.heavystep.ExplanatoryAnalysisPolicyUnitTests.analysis;
import static nl.jeugdregie.plans.internal.heavystep.ExplanatoryAnalysisPolicyUnitTests.conference;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.plans.HeavyStepCheck;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.plans.ProposedHeavyStep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeavyStepPoliciesUnitTests {

	static final LocalDate DECISION = LocalDate.of(2026, 11, 16);
	static final HeavyStepTerms TERMS = HeavyStepTerms.ofMonths(12, 6);

	@Test
	@DisplayName("PLAN-6, PLAN-7: a placement without documents is refused for both reasons")
	void givesEveryReasonAPlacementIsRefused() {
		var check = NormHeavyStepPolicies.decide(ProposedHeavyStep.placement(DECISION), List.of(), TERMS);

		assertThat(check).isInstanceOfSatisfying(HeavyStepCheck.Refused.class, refused -> assertThat(refused.refusals())
				.extracting(HeavyStepRefusal::code)
				.containsExactly("VERKLARENDE_ANALYSE_ONTBREEKT", "EIGEN_KRACHT_CONFERENTIE_ONTBREEKT"));
	}

	@Test
	@DisplayName("PLAN-6, PLAN-7: a placement with a valid analysis and a conference is allowed")
	void allowsAPlacementWithBothDocuments() {
		var check = NormHeavyStepPolicies.decide(ProposedHeavyStep.placement(DECISION),
				List.of(analysis(DECISION.minusMonths(2)), conference(DECISION.minusMonths(1))), TERMS);

		assertThat(check.allowed()).isTrue();
	}
}
