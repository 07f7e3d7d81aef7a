package nl.jeugdregie.plans.internal.heavystep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.plans.ProposedHeavyStep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExplanatoryAnalysisPolicyUnitTests {

	static final LocalDate DECISION = LocalDate.of(2026, 11, 16);
	static final HeavyStepTerms TERMS = HeavyStepTerms.ofMonths(12, 6);

	final ExplanatoryAnalysisPolicy rule = new ExplanatoryAnalysisPolicy();

	@Test
	@DisplayName("PLAN-7: refuses a placement without an explanatory analysis")
	void refusesAPlacementWithoutAnAnalysis() {
		var refusal = rule.check(ProposedHeavyStep.placement(DECISION), List.of(), TERMS);

		assertThat(refusal).map(HeavyStepRefusal::reason).contains(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_ONTBREEKT);
		assertThat(refusal.orElseThrow().explanation()).startsWith("Voor een uithuisplaatsing is een verklarende analyse nodig.");
	}

	@Test
	@DisplayName("PLAN-7: refuses an extension of support without an explanatory analysis")
	void refusesAnExtensionWithoutAnAnalysis() {
		var extension = new ProposedHeavyStep(HeavyStepKind.EXTENSION_OF_SUPPORT, DECISION, DECISION, DECISION.plusMonths(3));

		assertThat(rule.check(extension, List.of(conference(DECISION)), TERMS)).map(HeavyStepRefusal::reason)
				.contains(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_ONTBREEKT);
	}

	@Test
	@DisplayName("PLAN-7: allows a placement with an analysis exactly at the end of its validity")
	void allowsAnAnalysisUpToItsValidity() {
		assertThat(rule.check(ProposedHeavyStep.placement(DECISION), List.of(analysis(LocalDate.of(2025, 11, 16))), TERMS))
				.isEmpty();
		assertThat(rule.check(ProposedHeavyStep.placement(DECISION), List.of(analysis(DECISION)), TERMS)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-7: refuses a placement when the latest analysis is older than its validity")
	void refusesAnExpiredAnalysis() {
		var refusal = rule.check(ProposedHeavyStep.placement(DECISION), List.of(analysis(LocalDate.of(2025, 11, 15))), TERMS);

		assertThat(refusal).map(HeavyStepRefusal::reason).contains(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_VERLOPEN);
		assertThat(refusal.orElseThrow().explanation()).contains("15-11-2025").contains("12 maanden");
	}

	@Test
	@DisplayName("PLAN-7: uses the configured validity")
	void usesTheConfiguredValidity() {
		var shortValidity = HeavyStepTerms.ofMonths(3, 6);

		assertThat(rule.check(ProposedHeavyStep.placement(DECISION), List.of(analysis(LocalDate.of(2026, 6, 1))), shortValidity))
				.map(HeavyStepRefusal::reason).contains(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_VERLOPEN);
	}

	@Test
	@DisplayName("PLAN-7: does not count an analysis dated after the decision")
	void ignoresAnAnalysisAfterTheDecision() {
		assertThat(rule.check(ProposedHeavyStep.placement(DECISION), List.of(analysis(DECISION.plusDays(1))), TERMS))
				.map(HeavyStepRefusal::reason).contains(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_ONTBREEKT);
	}

	@Test
	void leavesSupportLongerThanTheTermToTheConferenceRule() {
		var longSupport = new ProposedHeavyStep(HeavyStepKind.SUPPORT_LONGER_THAN_TERM, DECISION, DECISION, DECISION.plusMonths(9));

		assertThat(rule.check(longSupport, List.of(), TERMS)).isEmpty();
	}

	static HeavyStepDocument analysis(LocalDate date) {
		return new HeavyStepDocument(HeavyStepDocumentKind.EXPLANATORY_ANALYSIS, date);
	}

	static HeavyStepDocument conference(LocalDate date) {
		return new HeavyStepDocument(HeavyStepDocumentKind.EIGEN_KRACHT_CONFERENCE, date);
	}
}
