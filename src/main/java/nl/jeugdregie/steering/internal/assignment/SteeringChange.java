package nl.jeugdregie.steering.internal.assignment;

import java.util.List;

/** The outcome of a change to the assignment: saved, refused with reasons, or not found in the user's municipality. */
public sealed interface SteeringChange {

	record Saved() implements SteeringChange {}

	record Refused(List<Refusal> refusals) implements SteeringChange {

		public Refused(Refusal refusal) {
			this(List.of(refusal));
		}

		public boolean notPermitted() {
			return refusals.stream().anyMatch(refusal -> refusal.code().equals(SteeringService.NOT_PERMITTED));
		}
	}

	record NotFound() implements SteeringChange {}
}
