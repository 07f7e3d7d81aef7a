package nl.jeugdregie.monitoring.internal.disclosure;

import nl.jeugdregie.platform.format.DutchFormat;
import org.jspecify.annotations.Nullable;

/**
 * A figure as it leaves monitoring (SEC-2, ADR 0021): a published (perturbed) count, a figure computed from
 * published counts or from a large enough group, or nothing with the mark saying why.
 *
 * @param value null when left out or not available
 * @param suppressed whether the figure is left out to keep children unrecognisable
 * @param mark the mark's symbol ({@link Mark#symbol()}) when left out, otherwise null
 */
public record Figure(@Nullable Long value, boolean suppressed, @Nullable String mark) {

	/** Nothing to compute the figure from. */
	public static final Figure NONE = new Figure(null, false, null);

	public static Figure of(long value) {
		return new Figure(value, false, null);
	}

	public static Figure hidden(Mark mark) {
		return new Figure(null, true, mark.symbol());
	}

	/** What a page shows: the number in Dutch notation, the mark, or "–". */
	public String text() {
		if (suppressed) {
			return mark == null ? "–" : mark;
		}
		return value == null ? "–" : DutchFormat.number(value);
	}
}
