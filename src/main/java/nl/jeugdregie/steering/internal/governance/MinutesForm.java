package nl.jeugdregie.steering.internal.governance;

import org.jspecify.annotations.Nullable;

/** The minutes and decision on an agenda item. */
public class MinutesForm {

	private @Nullable Long itemId;
	private @Nullable String minutes;
	private @Nullable String decision;

	public @Nullable Long getItemId() {
		return itemId;
	}

	public void setItemId(@Nullable Long itemId) {
		this.itemId = itemId;
	}

	public @Nullable String getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable String minutes) {
		this.minutes = minutes;
	}

	public @Nullable String getDecision() {
		return decision;
	}

	public void setDecision(@Nullable String decision) {
		this.decision = decision;
	}
}
