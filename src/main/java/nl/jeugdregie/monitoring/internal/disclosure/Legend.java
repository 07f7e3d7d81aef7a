package nl.jeugdregie.monitoring.internal.disclosure;

import java.util.List;
import nl.jeugdregie.platform.text.Labels;

/** The legend every aggregate table, CSV and PDF carries (SEC-2, ADR 0021), in Dutch. */
public final class Legend {

	/** How counts are published. */
	public static final String COUNTS = Labels.text("text.monitoring.disclosure.counts", PerturbationTable.MAX_NOISE,
			PerturbationTable.SMALL, PerturbationTable.ZERO_STANDS_FOR_UP_TO);

	private Legend() {}

	/** The explanation of counts followed by every mark with its meaning, for example "k: niet getoond: …". */
	public static List<String> lines() {
		var lines = new java.util.ArrayList<String>();
		lines.add(COUNTS);
		for (var mark : Mark.values()) {
			lines.add(mark.symbol() + ": " + mark.meaning());
		}
		return List.copyOf(lines);
	}
}
