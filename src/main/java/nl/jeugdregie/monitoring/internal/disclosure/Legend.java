package nl.jeugdregie.monitoring.internal.disclosure;

import java.util.List;

/** The legend every aggregate table, CSV and PDF carries (SEC-2, ADR 0021), in Dutch. */
public final class Legend {

	/** How counts are published. */
	public static final String COUNTS = "Alle aantallen zijn licht veranderd, zodat niemand herkenbaar is of terug "
			+ "te rekenen: een aantal wijkt hooguit " + PerturbationTable.MAX_NOISE + " af. Aantallen van 1 tot en met "
			+ PerturbationTable.SMALL + " staan er als 0; een 0 betekent dus 0 tot en met "
			+ PerturbationTable.ZERO_STANDS_FOR_UP_TO + ". Dezelfde groep geeft overal hetzelfde getal. Een totaal is "
			+ "apart veranderd en kan afwijken van de som van de delen. Percentages zijn berekend uit de getoonde "
			+ "aantallen. Normen (gehaald of niet, overschrijdingen) zijn berekend op de echte aantallen.";

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
