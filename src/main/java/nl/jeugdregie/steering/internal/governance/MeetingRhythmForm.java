package nl.jeugdregie.steering.internal.governance;

import org.jspecify.annotations.Nullable;

/** A new frequency for a meeting type. */
public class MeetingRhythmForm {

	private @Nullable String type;
	private @Nullable Integer frequency;
	private @Nullable Integer anchorMonth;

	public @Nullable String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type;
	}

	public @Nullable Integer getFrequency() {
		return frequency;
	}

	public void setFrequency(@Nullable Integer frequency) {
		this.frequency = frequency;
	}

	public @Nullable Integer getAnchorMonth() {
		return anchorMonth;
	}

	public void setAnchorMonth(@Nullable Integer anchorMonth) {
		this.anchorMonth = anchorMonth;
	}
}
