package nl.jeugdregie.steering.internal.risk;

/**
 * A row of the risk register (STU-3). The effect is probability × damage, computed by the database.
 *
 * @param precondition the preconditions (randvoorwaarden) that make the risk smaller
 * @param whereAgreed where the precondition is laid down: agreement, transformation meeting, centre regulation, policy
 * @param monitoringOwner who monitors it and where, empty when the document does not say
 */
public record Risk(long id, long typeOfWorkId, String typeOfWorkName, int position, String description, RiskKind kind,
		int probability, int damage, int effect, String precondition, String responsibleParty, String whereAgreed,
		String monitoringOwner, int version) {

	/** low (1–2), medium (3–4) or high (6–9): the colour band of the heat map. */
	public String level() {
		return RiskLevel.of(effect);
	}
}
