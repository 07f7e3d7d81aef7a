package nl.jeugdregie.steering.internal.effectchain;

import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Refusal;

/** What became of a change to an effect chain: done, refused with reasons, or not found for the user. */
sealed interface EffectChainChange {

	String NOT_PERMITTED = "effectChain.notPermitted";

	/** @param id the new indicator's id when one was added, otherwise the id of what changed */
	record Done(long typeOfWorkId, long id) implements EffectChainChange {}

	record Refused(List<Refusal> refusals) implements EffectChainChange {

		Refused(Refusal refusal) {
			this(List.of(refusal));
		}

		boolean notPermitted() {
			return refusals.stream().anyMatch(refusal -> refusal.code().equals(NOT_PERMITTED));
		}

		/** Someone else changed the link or indicator since it was read. */
		boolean stale() {
			return refusals.stream().anyMatch(refusal -> refusal.code().endsWith("changedMeanwhile"));
		}
	}

	record NotFound() implements EffectChainChange {}
}
