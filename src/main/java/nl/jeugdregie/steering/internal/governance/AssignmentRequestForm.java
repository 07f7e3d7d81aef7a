package nl.jeugdregie.steering.internal.governance;

import org.jspecify.annotations.Nullable;

/** A new assignment request with its impact analysis; numbers as Dutch text. */
public class AssignmentRequestForm {

	private @Nullable String title;
	private @Nullable String currentSituation;
	private @Nullable String desiredSituation;
	private @Nullable String fit;
	private @Nullable String fte;
	private @Nullable String budget;
	private @Nullable String sourceOfFunds;
	private @Nullable Long typeOfWorkId;
	private @Nullable String targetGroup;

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getCurrentSituation() {
		return currentSituation;
	}

	public void setCurrentSituation(@Nullable String currentSituation) {
		this.currentSituation = currentSituation;
	}

	public @Nullable String getDesiredSituation() {
		return desiredSituation;
	}

	public void setDesiredSituation(@Nullable String desiredSituation) {
		this.desiredSituation = desiredSituation;
	}

	public @Nullable String getFit() {
		return fit;
	}

	public void setFit(@Nullable String fit) {
		this.fit = fit;
	}

	public @Nullable String getFte() {
		return fte;
	}

	public void setFte(@Nullable String fte) {
		this.fte = fte;
	}

	public @Nullable String getBudget() {
		return budget;
	}

	public void setBudget(@Nullable String budget) {
		this.budget = budget;
	}

	public @Nullable String getSourceOfFunds() {
		return sourceOfFunds;
	}

	public void setSourceOfFunds(@Nullable String sourceOfFunds) {
		this.sourceOfFunds = sourceOfFunds;
	}

	public @Nullable Long getTypeOfWorkId() {
		return typeOfWorkId;
	}

	public void setTypeOfWorkId(@Nullable Long typeOfWorkId) {
		this.typeOfWorkId = typeOfWorkId;
	}

	public @Nullable String getTargetGroup() {
		return targetGroup;
	}

	public void setTargetGroup(@Nullable String targetGroup) {
		this.targetGroup = targetGroup;
	}
}
