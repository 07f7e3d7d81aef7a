package nl.jeugdregie.allocation.internal.change;

import java.util.ArrayList;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input of the change forms and API bodies into commands, or refusals per field. */
final class ChangeInput {

	private ChangeInput() {}

	static Outcome<EndEarly> end(long number, @Nullable String validUntil, @Nullable String reason) {
		var refusals = new ArrayList<Refusal>();
		var day = DutchFormat.parseDate(validUntil);
		if (day.isEmpty()) {
			refusals.add(Refusal.of("validUntil", "allocation.change.date.required"));
		}
		var parsedReason = reason(reason);
		if (parsedReason == null) {
			refusals.add(Refusal.of("reason", "allocation.change.reason.required"));
		}
		return refusals.isEmpty() ? Outcome.done(new EndEarly(number, day.get(), parsedReason)) : Outcome.refused(refusals);
	}

	static Outcome<VolumeChange> volume(long number, @Nullable String volume, @Nullable String changeDate,
			@Nullable String reason) {
		var refusals = new ArrayList<Refusal>();
		var parsedVolume = volume(volume);
		if (parsedVolume < 1) {
			refusals.add(Refusal.of("volume", "allocation.change.volume.invalid"));
		}
		var day = DutchFormat.parseDate(changeDate);
		if (changeDate != null && !changeDate.isBlank() && day.isEmpty()) {
			refusals.add(Refusal.of("changeDate", "allocation.change.date.required"));
		}
		var parsedReason = reason == null || reason.isBlank() ? ChangeReason.REASSESSMENT_SHORTENING : reason(reason);
		if (parsedReason == null) {
			refusals.add(Refusal.of("reason", "allocation.change.reason.required"));
		}
		return refusals.isEmpty() ? Outcome.done(new VolumeChange(number, parsedVolume, day.orElse(null), parsedReason))
				: Outcome.refused(refusals);
	}

	private static @Nullable ChangeReason reason(@Nullable String code) {
		return code == null ? null : ChangeReason.ofCode(code.strip()).orElse(null);
	}

	private static int volume(@Nullable String text) {
		if (text == null || !text.strip().matches("\\d{1,8}")) {
			return -1;
		}
		return Integer.parseInt(text.strip());
	}
}
