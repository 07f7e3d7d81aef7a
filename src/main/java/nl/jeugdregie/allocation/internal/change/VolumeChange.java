package nl.jeugdregie.allocation.internal.change;

import java.time.LocalDate;
import nl.jeugdregie.allocation.ChangeReason;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-1, TOEW-7: a new volume for an allocation. For frequency "total within the validity" it keeps its number and
 * the change date is not used; otherwise a new allocation with the new volume runs from the change date.
 */
record VolumeChange(long number, int volume, @Nullable LocalDate changeDate, ChangeReason reason) {

	VolumeChange {
		if (number < 1 || number > 999_999_999 || volume < 1 || volume > 99_999_999 || reason == null) {
			throw new IllegalArgumentException("A volume change names an allocation, a volume of 1 or more and a reason");
		}
	}
}
