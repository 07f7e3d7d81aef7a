package nl.jeugdregie.plans.internal.household;

import java.util.List;
import java.util.UUID;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.platform.result.Outcome;

/** The outcome of a change to a household or its plan; every outcome but {@code Saved} saves nothing. */
public sealed interface PlanOutcome {

	record Saved(UUID id) implements PlanOutcome {}

	/** The input is incomplete or wrong; the violations name the fields. */
	record Invalid(List<Violation> violations) implements PlanOutcome {}

	/** PLAN-6, PLAN-7: the heavy-step rules do not allow the step. */
	record HeavyStepRefused(List<HeavyStepRefusal> refusals) implements PlanOutcome {}

	/** Someone else changed the household or plan since the user read it: nothing saved, nothing lost. */
	record Stale() implements PlanOutcome {}

	/** The user may not change this household: another team (not its director) or a role without files. */
	record Forbidden() implements PlanOutcome {}

	/** Unknown, or in another municipality: answered alike so existence does not leak. */
	record NotFound() implements PlanOutcome {}

	/** The answer when the opening step did not open the file: not found stays not found, the rest is forbidden. */
	static PlanOutcome notOpened(Outcome<?> opening) {
		return opening instanceof Outcome.NotFound<?> ? new NotFound() : new Forbidden();
	}
}
