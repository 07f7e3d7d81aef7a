package nl.jeugdregie.monitoring.internal.disclosure;

/**
 * Why a figure is not shown (SEC-2, ADR 0021). Counts are never hidden: they are perturbed (see
 * {@link PerturbationTable}). Only figures computed from a group (a median, an average, a percentage, weeks) are
 * left out, and the mark says why.
 */
public enum Mark {

	/** Left out because it is computed from fewer than 5 (published) records. */
	SMALL("k", "niet getoond: berekend uit minder dan 5 hulpvragen (of geen)"),

	/** Left out because it would give away a figure left out with mark k. */
	PROTECTS("b", "niet getoond: zou een weggelaten cijfer (k) verraden");

	private final String symbol;
	private final String meaning;

	Mark(String symbol, String meaning) {
		this.symbol = symbol;
		this.meaning = meaning;
	}

	/** The short mark in tables and the CSV's mark column. */
	public String symbol() {
		return symbol;
	}

	/** What the mark means, in Dutch, for the legend. */
	public String meaning() {
		return meaning;
	}
}
