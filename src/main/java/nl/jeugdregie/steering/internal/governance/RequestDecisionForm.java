package nl.jeugdregie.steering.internal.governance;

import org.jspecify.annotations.Nullable;

/** The decision on a new assignment request. */
public class RequestDecisionForm {

	private @Nullable String decision;
	private @Nullable String reason;
	private @Nullable String date;

	public @Nullable String getDecision() {
		return decision;
	}

	public void setDecision(@Nullable String decision) {
		this.decision = decision;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getDate() {
		return date;
	}

	public void setDate(@Nullable String date) {
		this.date = date;
	}
}
