package nl.jeugdregie.plans.internal.heavystep;

import static nl.jeugdregie.plans.internal.heavystep.ExplanatoryAnalysisPolicyUnitTests.analysis;
import static nl.jeugdregie.plans.internal.heavystep.ExplanatoryAnalysisPolicyUnitTests.conference;
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

class EigenKrachtConferencePolicyUnitTests {

	static final LocalDate DECISION = LocalDate.of(2026, 11, 16);
	static final HeavyStepTerms TERMS = HeavyStepTerms.ofMonths(12, 6);

	final EigenKrachtConferencePolicy rule = new EigenKrachtConferencePolicy();

	@Test
	@DisplayName("PLAN-6: refuses a placement without an Eigen Kracht conference")
	void refusesAPlacementWithoutAConference() {
		var refusal = rule.check(ProposedHeavyStep.placement(DECISION), List.of(analysis(DECISION)), TERMS);

		assertThat(refusal).map(HeavyStepRefusal::reason).contains(HeavyStepRefusal.Reason.EIGEN_KRACHT_CONFERENTIE_ONTBREEKT);
		assertThat(refusal.orElseThrow().explanation()).contains("uithuisplaatsing");
	}

	@Test
	@DisplayName("PLAN-6: a conference or a family group plan on or before the decision allows a placement")
	void allowsAPlacementAfterAConferenceOrFamilyGroupPlan() {
		assertThat(rule.check(ProposedHeavyStep.placement(DECISION), List.of(conference(DECISION)), TERMS)).isEmpty();
		assertThat(rule.check(ProposedHeavyStep.placement(DECISION),
				List.of(new HeavyStepDocument(HeavyStepDocumentKind.FAMILY_GROUP_PLAN, DECISION.minusYears(2))), TERMS)).isEmpty();
		assertThat(rule.check(ProposedHeavyStep.placement(DECISION), List.of(conference(DECISION.plusDays(1))), TERMS))
				.isPresent();
	}

	@Test
	@DisplayName("PLAN-6: refuses an extension making support longer than the configured 6 months")
	void refusesSupportLongerThanTheConfiguredDuration() {
		var extension = new ProposedHeavyStep(HeavyStepKind.EXTENSION_OF_SUPPORT, DECISION, LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 12, 2));

		var refusal = rule.check(extension, List.of(analysis(DECISION)), TERMS);

		assertThat(refusal).map(HeavyStepRefusal::reason).contains(HeavyStepRefusal.Reason.EIGEN_KRACHT_CONFERENTIE_ONTBREEKT);
		assertThat(refusal.orElseThrow().explanation()).contains("langer dan 6 maanden");
	}

	@Test
	@DisplayName("PLAN-6: allows an extension up to exactly the configured duration without a conference")
	void allowsSupportUpToTheConfiguredDuration() {
		var extension = new ProposedHeavyStep(HeavyStepKind.EXTENSION_OF_SUPPORT, DECISION, LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 12, 1));

		assertThat(rule.check(extension, List.of(), TERMS)).isEmpty();
		assertThat(rule.check(extension, List.of(), HeavyStepTerms.ofMonths(12, 3))).isPresent();
	}

	@Test
	@DisplayName("PLAN-6: support longer than the term always needs a conference")
	void refusesSupportLongerThanTheTermWithoutAConference() {
		var longSupport = new ProposedHeavyStep(HeavyStepKind.SUPPORT_LONGER_THAN_TERM, DECISION, DECISION, DECISION.plusMonths(9));

		assertThat(rule.check(longSupport, List.of(), TERMS)).isPresent();
		assertThat(rule.check(longSupport, List.of(conference(DECISION.minusMonths(1))), TERMS)).isEmpty();
	}

	@Test
	@DisplayName("PLAN-6: support is judged by its period against the norm, not by the kind of step chosen")
	void judgesLongSupportByItsPeriodNotByTheKindChosen() {
		var hundredDays = new ProposedHeavyStep(HeavyStepKind.SUPPORT_LONGER_THAN_TERM, DECISION, DECISION,
				DECISION.plusDays(100));
		var sevenMonths = new ProposedHeavyStep(HeavyStepKind.EXTENSION_OF_SUPPORT, DECISION, DECISION,
				DECISION.plusMonths(7));

		assertThat(rule.check(hundredDays, List.of(), TERMS)).isEmpty();
		assertThat(rule.check(sevenMonths, List.of(), TERMS)).isPresent();
		assertThat(rule.check(hundredDays, List.of(), HeavyStepTerms.ofMonths(12, 3))).isPresent();
	}

	@Test
	void leavesAShortExtensionAlone() {
		var extension = new ProposedHeavyStep(HeavyStepKind.EXTENSION_OF_SUPPORT, DECISION, DECISION, DECISION.plusMonths(2));

		assertThat(rule.check(extension, List.of(), TERMS)).isEmpty();
	}
}
