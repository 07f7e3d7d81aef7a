package nl.jeugdregie.plans.internal.heavystep;

import java.util.List;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;

/**
 * PLAN-6, PLAN-7: what the heavy-step rules refused, as refusals of the step kind inside the one {@link Outcome}. The
 * refusal carries the B1 explanation (shown as it is, code {@value #CODE}) and the Dutch reason code programs read.
 * The answers tell them apart from refused input: the page with 422, the API as problem {@code zware-stap-geweigerd}.
 */
public final class HeavyStepRefusals {

	/** The message code of a heavy-step refusal; its text is the explanation. */
	public static final String CODE = "plans.heavyStep.refused";

	private HeavyStepRefusals() {
	}

	public static List<Refusal> of(List<HeavyStepRefusal> refusals) {
		return refusals.stream().map(r -> Refusal.of("stepKind", CODE, r.explanation(), r.code())).toList();
	}

	/** Whether the heavy-step rules refused, rather than the input. */
	public static boolean in(Outcome.Refused<?> refused) {
		return refused.refusals().stream().anyMatch(r -> r.code().equals(CODE));
	}

	/** The B1 explanation of a heavy-step refusal. */
	public static String explanation(Refusal refusal) {
		return (String) refusal.arguments().get(0);
	}

	/** The Dutch reason code of a heavy-step refusal, as {@link HeavyStepRefusal#code()}. */
	public static String reason(Refusal refusal) {
		return (String) refusal.arguments().get(1);
	}
}
