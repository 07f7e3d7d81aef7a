package nl.jeugdregie.intake.internal.safety;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** TOE-14: everything recorded on a help request's safety: meldcode steps, plans, actions and key decisions. */
public record SafetyFile(List<Step> steps, List<Plan> plans, List<Action> actions, List<KeyDecision> keyDecisions) {

	public SafetyFile {
		steps = List.copyOf(steps);
		plans = List.copyOf(plans);
		actions = List.copyOf(actions);
		keyDecisions = List.copyOf(keyDecisions);
	}

	/** A meldcode step as taken; the decision only on step 5. */
	public record Step(SafetyStep step, LocalDate takenOn, String note, @Nullable SafetyDecision decision,
			String recordedBy) {}

	/** A safety plan: the agreements, who keeps them, and when the plan is reviewed. */
	public record Plan(String agreements, String responsible, LocalDate reviewOn, LocalDate recordedOn,
			String recordedBy) {}

	public record Action(SafetyActionKind kind, LocalDate takenOn, String outcome, String recordedBy) {}

	/** A key decision not agreed with the parents, taken by a behavioural expert. */
	public record KeyDecision(LocalDate decidedOn, String decision, String recordedBy) {}

	/** The next meldcode step to take, or null when all five are done. */
	public @Nullable SafetyStep nextStep() {
		return steps.size() >= SafetyStep.values().length ? null : SafetyStep.values()[steps.size()];
	}

	public @Nullable Step lastStep() {
		return steps.isEmpty() ? null : steps.getLast();
	}

	/** The plan in force: the latest recorded. */
	public @Nullable Plan currentPlan() {
		return plans.isEmpty() ? null : plans.getLast();
	}
}
