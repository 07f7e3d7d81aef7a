package nl.jeugdregie.steering.internal.risk;

/** A valid assessment of a risk: probability and damage on the memo's scale of 1 to 3 (STU-3). */
public record RiskScore(int probability, int damage) {

	/** The effect is probability times damage, 1 to 9; it is computed, never typed. */
	int effect() {
		return probability * damage;
	}
}
