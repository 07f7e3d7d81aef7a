package nl.jeugdregie.monitoring.internal.dashboard;

import nl.jeugdregie.monitoring.internal.disclosure.Figure;
import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/**
 * Issue 13 item 9: how a key figure moved from one complete month to the next, computed only from two published
 * month figures that the month table shows anyway, so a trend tells nothing the table does not (SEC-2).
 *
 * @param difference the later month's published figure minus the earlier one's
 * @param comparedWith the earlier month, in Dutch ("oktober 2026")
 * @param month the later month, in Dutch
 * @param higherIsWorse whether a rise is bad news (waiting, lateness) rather than neutral (registrations)
 */
public record Trend(long difference, String month, String comparedWith, boolean higherIsWorse) {

	/** Direction for styling and the API. */
	public enum Direction {
		UP, DOWN, SAME
	}

	/** The trend between two published month figures, or null when either is left out or missing. */
	static @Nullable Trend between(Figure earlier, Figure later, String earlierMonth, String laterMonth,
			boolean higherIsWorse) {
		if (earlier.suppressed() || later.suppressed() || earlier.value() == null || later.value() == null) {
			return null;
		}
		return new Trend(later.value() - earlier.value(), laterMonth, earlierMonth, higherIsWorse);
	}

	public Direction direction() {
		return difference > 0 ? Direction.UP : difference < 0 ? Direction.DOWN : Direction.SAME;
	}

	/** Whether the movement is bad news, for the colour; the text says the direction in words as well. */
	public boolean worse() {
		return higherIsWorse && difference > 0;
	}

	public boolean better() {
		return higherIsWorse && difference < 0;
	}

	/** For example "4 meer dan in oktober 2026", "gelijk aan oktober 2026". */
	public String text() {
		return switch (direction()) {
			case UP -> DutchFormat.number(difference) + " meer dan in " + comparedWith;
			case DOWN -> DutchFormat.number(-difference) + " minder dan in " + comparedWith;
			case SAME -> "gelijk aan " + comparedWith;
		};
	}
}
