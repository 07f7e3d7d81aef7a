package nl.jeugdregie.steering.internal.governance;

import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Refusal;
import nl.jeugdregie.steering.internal.assignment.SteeringService;

/** The outcome of a governance change: done (with the id of what was made or changed), refused, or not found. */
sealed interface GovernanceChange {

	record Done(long id) implements GovernanceChange {}

	/** @param conflict whether it was refused because of the state (409), not because of the input (422) */
	record Refused(List<Refusal> refusals, boolean conflict) implements GovernanceChange {

		Refused(List<Refusal> refusals) {
			this(refusals, false);
		}

		static Refused conflict(Refusal refusal) {
			return new Refused(List.of(refusal), true);
		}

		boolean notPermitted() {
			return refusals.stream().anyMatch(refusal -> refusal.code().equals(SteeringService.NOT_PERMITTED));
		}
	}

	record NotFound() implements GovernanceChange {}

	static GovernanceChange notPermitted() {
		return new Refused(List.of(new Refusal("", SteeringService.NOT_PERMITTED)));
	}
}
