package nl.jeugdregie.allocation.internal.change;

import org.jspecify.annotations.Nullable;

/** The fields of the end, volume change and withdrawal pages, as typed. */
public class ChangeForm {

	private @Nullable String validUntil;
	private @Nullable String reason;
	private @Nullable String volume;
	private @Nullable String changeDate;

	public @Nullable String getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(@Nullable String validUntil) {
		this.validUntil = validUntil;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getVolume() {
		return volume;
	}

	public void setVolume(@Nullable String volume) {
		this.volume = volume;
	}

	public @Nullable String getChangeDate() {
		return changeDate;
	}

	public void setChangeDate(@Nullable String changeDate) {
		this.changeDate = changeDate;
	}
}
