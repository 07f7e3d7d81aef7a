package nl.jeugdregie.allocation.internal.change;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-7: a volume change changes the volume; the same volume again is no change (and no second message). */
final class VolumeDiffers implements Policy<VolumeDiffers.Proposed> {

	/** The allocation's volume now and the proposed one. */
	record Proposed(int current, int proposed) {}

	@Override
	public Optional<Refusal> check(Proposed proposed) {
		return proposed.current() == proposed.proposed()
				? Optional.of(Refusal.of("volume", "allocation.change.volume.same", String.valueOf(proposed.current())))
				: Optional.empty();
	}
}
