package nl.jeugdregie.steering.internal.assignment;

import org.jspecify.annotations.Nullable;

/** The form to re-assess a risk. A mutable bean, so a wrongly typed value is shown back next to its error. */
public class RiskReassessmentForm {

	private @Nullable Long riskId;
	private @Nullable Integer probability;
	private @Nullable Integer damage;
	private @Nullable String note;

	public @Nullable Long getRiskId() {
		return riskId;
	}

	public void setRiskId(@Nullable Long riskId) {
		this.riskId = riskId;
	}

	public @Nullable Integer getProbability() {
		return probability;
	}

	public void setProbability(@Nullable Integer probability) {
		this.probability = probability;
	}

	public @Nullable Integer getDamage() {
		return damage;
	}

	public void setDamage(@Nullable Integer damage) {
		this.damage = damage;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
