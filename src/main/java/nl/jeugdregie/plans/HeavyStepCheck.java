package nl.jeugdregie.plans;

import java.util.List;

/** The outcome of the heavy-step rules; a refusal is a result the caller must handle, never an exception. */
public sealed interface HeavyStepCheck {

	record Allowed() implements HeavyStepCheck {}

	record Refused(List<HeavyStepRefusal> refusals) implements HeavyStepCheck {

		public Refused {
			if (refusals == null || refusals.isEmpty()) {
				throw new IllegalArgumentException("A refusal has at least one reason");
			}
			refusals = List.copyOf(refusals);
		}
	}

	default boolean allowed() {
		return this instanceof Allowed;
	}
}
