package nl.jeugdregie.steering.internal.governance;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * How often a meeting type takes place (STU-6): once every so many weeks, or at least so many times per calendar
 * year, optionally around a month (the council is informed around July). Configuration per municipality.
 */
public record MeetingRhythm(MeetingType type, Kind kind, int frequency, @Nullable Integer anchorMonth) {

	public enum Kind { EVERY_WEEKS, PER_YEAR }

	public MeetingRhythm {
		if (frequency < 1) {
			throw new IllegalArgumentException("A meeting takes place at least once");
		}
	}

	/** In Dutch: "elke 3 weken", "minimaal 4 keer per jaar", "1 keer per jaar, rond juli". */
	public String text() {
		if (kind == Kind.EVERY_WEEKS) {
			return frequency == 1 ? Labels.text("text.steering.governance.rhythm.everyWeek")
					: Labels.text("text.steering.governance.rhythm.everyWeeks", frequency);
		}
		var around = anchorMonth == null ? ""
				: Labels.text("text.steering.governance.rhythm.around",
						Month.of(anchorMonth).getDisplayName(TextStyle.FULL, Locale.of("nl", "NL")));
		return (frequency == 1 ? Labels.text("text.steering.governance.rhythm.oncePerYear")
				: Labels.text("text.steering.governance.rhythm.perYear", frequency)) + around;
	}
}
