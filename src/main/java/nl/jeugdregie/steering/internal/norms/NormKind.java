package nl.jeugdregie.steering.internal.norms;

import nl.jeugdregie.platform.text.Labelled;

/** How a norm's figure is compared with its target (STU-5). */
public enum NormKind implements Labelled {
	PERCENT_AT_LEAST(true),
	PERCENT_AT_MOST(true),
	COUNT_AT_LEAST(false),
	DEADLINE(false);

	private final boolean percentage;

	NormKind(boolean percentage) {
		this.percentage = percentage;
	}

	public String dutchWord() {
		return dutchName();
	}

	public boolean percentage() {
		return percentage;
	}
}
