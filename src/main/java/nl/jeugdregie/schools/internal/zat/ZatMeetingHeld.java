package nl.jeugdregie.schools.internal.zat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-4: a ZAT meeting is recorded after it was held (date known, not after today) and says whether the OCP took part. */
final class ZatMeetingHeld {

	private ZatMeetingHeld() {}

	static Policy<ZatDraft> notInFuture(LocalDate today) {
		return draft -> {
			if (draft.heldOn() == null) {
				return java.util.Optional.of(Refusal.of("heldOn", "schools.zat.date.required"));
			}
			return draft.heldOn().isAfter(today) ? java.util.Optional.of(Refusal.of("heldOn", "schools.zat.date.future"))
					: java.util.Optional.empty();
		};
	}

	static final Policy<ZatDraft> PARTICIPATION_KNOWN = draft -> draft.ocpTookPart() == null
			? java.util.Optional.of(Refusal.of("ocpTookPart", "schools.zat.participation.required"))
			: java.util.Optional.empty();

	static List<Refusal> check(ZatDraft draft, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		notInFuture(today).check(draft).ifPresent(refusals::add);
		PARTICIPATION_KNOWN.check(draft).ifPresent(refusals::add);
		return refusals;
	}
}
