package nl.jeugdregie.intake.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TOE-14: the meldcode steps in order with valid dates, the safety plan, safety actions and key decisions. */
class SafetyPolicyUnitTests {

	static final LocalDate REGISTERED = LocalDate.of(2026, 11, 2);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final SafetyFile EMPTY = new SafetyFile(List.of(), List.of(), List.of(), List.of());

	static SafetyFile withSteps(SafetyStep... steps) {
		return new SafetyFile(java.util.Arrays.stream(steps).map(s -> new SafetyFile.Step(s, LocalDate.of(2026, 11, 10),
				"Aantekening", s == SafetyStep.DECISION ? SafetyDecision.REPORT : null, "p")).toList(), List.of(), List.of(),
				List.of());
	}

	private static List<String> codes(List<Refusal> refusals) {
		return refusals.stream().map(Refusal::code).toList();
	}

	@Test
	@DisplayName("TOE-14 accepts the first meldcode step with a date and a note")
	void acceptsTheFirstStep() {
		assertThat(SafetyPolicy.checkStep(EMPTY, SafetyStep.SIGNALS_MAPPED, REGISTERED, "Blauwe plekken gezien.", null,
				REGISTERED, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("TOE-14 refuses a meldcode step out of order and names the next step")
	void refusesAStepOutOfOrder() {
		var refusals = SafetyPolicy.checkStep(EMPTY, SafetyStep.CONVERSATION, TODAY, "Gesprek.", null, REGISTERED, TODAY);
		assertThat(codes(refusals)).containsExactly("intake.safety.step.order");
		assertThat(refusals.getFirst().arguments()).containsExactly(SafetyStep.SIGNALS_MAPPED.dutchName());
		assertThat(codes(SafetyPolicy.checkStep(withSteps(SafetyStep.SIGNALS_MAPPED), SafetyStep.SIGNALS_MAPPED, TODAY,
				"Nog eens.", null, REGISTERED, TODAY))).containsExactly("intake.safety.step.order");
	}

	@Test
	@DisplayName("TOE-14 refuses a sixth meldcode step")
	void refusesAStepWhenAllAreTaken() {
		var all = withSteps(SafetyStep.values());
		assertThat(all.nextStep()).isNull();
		assertThat(codes(SafetyPolicy.checkStep(all, SafetyStep.DECISION, TODAY, "x", SafetyDecision.REPORT,
				REGISTERED, TODAY))).containsExactly("intake.safety.step.allTaken");
	}

	@Test
	@DisplayName("TOE-14 refuses step dates before the registration, in the future, or before the previous step")
	void refusesStepDatesOutsideTheirRange() {
		assertThat(codes(SafetyPolicy.checkStep(EMPTY, SafetyStep.SIGNALS_MAPPED, REGISTERED.minusDays(1), "x", null,
				REGISTERED, TODAY))).containsExactly("intake.safety.date.beforeRegistration");
		assertThat(codes(SafetyPolicy.checkStep(EMPTY, SafetyStep.SIGNALS_MAPPED, TODAY.plusDays(1), "x", null,
				REGISTERED, TODAY))).containsExactly("intake.safety.date.future");
		assertThat(codes(SafetyPolicy.checkStep(EMPTY, SafetyStep.SIGNALS_MAPPED, null, "x", null,
				REGISTERED, TODAY))).containsExactly("intake.safety.date.required");
		assertThat(codes(SafetyPolicy.checkStep(withSteps(SafetyStep.SIGNALS_MAPPED), SafetyStep.CONSULTATION,
				LocalDate.of(2026, 11, 9), "x", null, REGISTERED, TODAY))).containsExactly("intake.safety.step.beforePrevious");
	}

	@Test
	@DisplayName("TOE-14 refuses a meldcode step without a note")
	void refusesAStepWithoutANote() {
		assertThat(codes(SafetyPolicy.checkStep(EMPTY, SafetyStep.SIGNALS_MAPPED, TODAY, " ", null, REGISTERED, TODAY)))
				.containsExactly("intake.safety.note.required");
		assertThat(codes(SafetyPolicy.checkStep(EMPTY, SafetyStep.SIGNALS_MAPPED, TODAY, "x".repeat(2001), null,
				REGISTERED, TODAY))).containsExactly("intake.text.tooLong");
	}

	@Test
	@DisplayName("TOE-14 refuses step 5 without the decision to organise help and/or report")
	void refusesTheDecisionStepWithoutADecision() {
		var four = withSteps(SafetyStep.SIGNALS_MAPPED, SafetyStep.CONSULTATION, SafetyStep.CONVERSATION, SafetyStep.WEIGHING);
		assertThat(codes(SafetyPolicy.checkStep(four, SafetyStep.DECISION, TODAY, "Besluit.", null, REGISTERED, TODAY)))
				.containsExactly("intake.safety.decision.required");
		assertThat(SafetyPolicy.checkStep(four, SafetyStep.DECISION, TODAY, "Besluit.",
				SafetyDecision.ORGANISE_HELP_AND_REPORT, REGISTERED, TODAY)).isEmpty();
	}

	@Test
	@DisplayName("TOE-14 refuses a safety plan without agreements, who, or with a review date in the past")
	void refusesAnIncompletePlan() {
		assertThat(SafetyPolicy.checkPlan("Vader woont tijdelijk bij opa.", "Moeder en oma", TODAY.plusWeeks(6), TODAY))
				.isEmpty();
		assertThat(codes(SafetyPolicy.checkPlan(null, " ", null, TODAY))).containsExactly(
				"intake.safety.agreements.required", "intake.safety.responsible.required",
				"intake.safety.plan.reviewOn.required");
		assertThat(codes(SafetyPolicy.checkPlan("Afspraken.", "Moeder", TODAY.minusDays(1), TODAY)))
				.containsExactly("intake.safety.plan.reviewOn.past");
	}

	@Test
	@DisplayName("TOE-14 refuses a safety action without kind, valid date or outcome")
	void refusesAnIncompleteAction() {
		assertThat(SafetyPolicy.checkAction(SafetyActionKind.VEILIG_THUIS_REPORT, TODAY, "Melding aangenomen.",
				REGISTERED, TODAY)).isEmpty();
		assertThat(codes(SafetyPolicy.checkAction(null, TODAY.plusDays(1), null, REGISTERED, TODAY))).containsExactly(
				"intake.safety.action.kind.required", "intake.safety.date.future", "intake.safety.outcome.required");
		assertThat(codes(SafetyPolicy.checkAction(SafetyActionKind.PROTECTION_TABLE, REGISTERED.minusDays(1), "x",
				REGISTERED, TODAY))).containsExactly("intake.safety.date.beforeRegistration");
	}

	@Test
	@DisplayName("TOE-14 refuses a key decision without the parents' agreement from anyone but a behavioural expert")
	void refusesAKeyDecisionFromSomeoneWithoutBehaviouralExpertise() {
		assertThat(codes(KeyDecisionPolicy.check(Role.YOUTH_PROFESSIONAL, Set.of(Expertise.SAFETY), "Uithuisplaatsing.",
				TODAY, REGISTERED, TODAY))).containsExactly("intake.safety.keyDecision.behaviouralExpertOnly");
		assertThat(codes(KeyDecisionPolicy.check(Role.TEAM_LEAD, Set.of(), "Uithuisplaatsing.", TODAY, REGISTERED,
				TODAY))).containsExactly("intake.safety.keyDecision.behaviouralExpertOnly");
	}

	@Test
	@DisplayName("TOE-14 lets a behavioural expert record a key decision, by expertise profile or role")
	void acceptsAKeyDecisionFromABehaviouralExpert() {
		assertThat(KeyDecisionPolicy.check(Role.YOUTH_PROFESSIONAL, Set.of(Expertise.BEHAVIOURAL_EXPERTISE),
				"Verzoek tot onderzoek bij de Raad.", TODAY, REGISTERED, TODAY)).isEmpty();
		assertThat(KeyDecisionPolicy.check(Role.BEHAVIOURAL_EXPERT, Set.of(), "Besluit.", TODAY, REGISTERED, TODAY))
				.isEmpty();
	}

	@Test
	@DisplayName("TOE-14 refuses a behavioural expert's key decision without text or with a date outside its range")
	void refusesAnIncompleteKeyDecision() {
		assertThat(codes(KeyDecisionPolicy.check(Role.BEHAVIOURAL_EXPERT, Set.of(), null, REGISTERED.minusDays(1),
				REGISTERED, TODAY))).containsExactly("intake.safety.keyDecision.required",
				"intake.safety.date.beforeRegistration");
	}
}
