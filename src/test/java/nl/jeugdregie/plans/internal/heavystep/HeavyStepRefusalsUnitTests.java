package nl.jeugdregie.plans.internal.heavystep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PLAN-6, PLAN-7: a refusal by the heavy-step rules keeps its explanation and reason code inside the one outcome. */
class HeavyStepRefusalsUnitTests {

	private static final HeavyStepRefusal MISSING = new HeavyStepRefusal(
			HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_ONTBREEKT, "Er is geen verklarende analyse.");

	@Test
	@DisplayName("PLAN-7: a heavy-step refusal is a refusal of the step kind with the explanation and the reason code")
	void carriesTheExplanationAndTheReasonCode() {
		var refusal = HeavyStepRefusals.of(List.of(MISSING)).getFirst();

		assertThat(refusal.field()).isEqualTo("stepKind");
		assertThat(refusal.code()).isEqualTo(HeavyStepRefusals.CODE);
		assertThat(HeavyStepRefusals.explanation(refusal)).isEqualTo("Er is geen verklarende analyse.");
		assertThat(HeavyStepRefusals.reason(refusal)).isEqualTo("VERKLARENDE_ANALYSE_ONTBREEKT");
		assertThat(RefusalTexts.of("messages-plans").text(refusal)).isEqualTo("Er is geen verklarende analyse.");
	}

	@Test
	@DisplayName("PLAN-6, PLAN-7: refused input is told apart from a refusal by the heavy-step rules")
	void tellsRefusedInputApart() {
		assertThat(HeavyStepRefusals.in(new Outcome.Refused<>(HeavyStepRefusals.of(List.of(MISSING))))).isTrue();
		assertThat(HeavyStepRefusals.in(new Outcome.Refused<>(List.of(Refusal.of("decidedOn", "plans.decidedOn.required")))))
				.isFalse();
	}
}
