package nl.jeugdregie.steering.internal.governance;

import org.jspecify.annotations.Nullable;

/** A meeting to plan: its type and day (ISO from the date field, or d-M-yyyy typed). */
public class MeetingForm {

	private @Nullable String type;
	private @Nullable String date;

	public @Nullable String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type;
	}

	public @Nullable String getDate() {
		return date;
	}

	public void setDate(@Nullable String date) {
		this.date = date;
	}
}
