package nl.jeugdregie.steering.internal.assignment;

/**
 * A type of work (werksoort) with its desired situation and effect chain (STU-1, STU-2). The chain's texts are
 * empty where the source document does not describe them.
 */
public record TypeOfWork(long id, long assignmentId, int position, String code, String name, TargetGroup targetGroup,
		String desiredSituation, String chainInput, String chainThroughput, String chainOutput, String chainOutcome,
		String chainImpact) {

	public boolean hasEffectChain() {
		return !(chainInput.isBlank() && chainThroughput.isBlank() && chainOutput.isBlank() && chainOutcome.isBlank()
				&& chainImpact.isBlank());
	}
}
