package nl.jeugdregie.monitoring.internal.disclosure;

import nl.jeugdregie.platform.text.Labelled;

/**
 * Why a figure is not shown (SEC-2, ADR 0021). Counts are never hidden: they are perturbed (see
 * {@link PerturbationTable}). Only figures computed from a group (a median, an average, a percentage, weeks) are
 * left out, and the mark says why.
 */
public enum Mark implements Labelled {

	/** Left out because it is computed from fewer than 5 (published) records. */
	SMALL("k"),

	/** Left out because it would give away a figure left out with mark k. */
	PROTECTS("b");

	private final String symbol;

	Mark(String symbol) {
		this.symbol = symbol;
	}

	/** The short mark in tables and the CSV's mark column. */
	public String symbol() {
		return symbol;
	}

	/** What the mark means, in Dutch, for the legend. */
	public String meaning() {
		return dutchName();
	}
}
