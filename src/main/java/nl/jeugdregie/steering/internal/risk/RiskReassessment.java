package nl.jeugdregie.steering.internal.risk;

import java.time.Instant;

/** One re-assessment of a risk, with the scores before and after; kept as history. */
public record RiskReassessment(long riskId, String riskDescription, int previousProbability, int previousDamage,
		int probability, int damage, String note, String assessedBy, Instant assessedAt) {

	public int previousEffect() {
		return previousProbability * previousDamage;
	}

	public int effect() {
		return probability * damage;
	}
}
