package nl.jeugdregie.steering.internal.norms;

/** How a norm's figure is compared with its target (STU-5). */
public enum NormKind {
	PERCENT_AT_LEAST("minimaal", true),
	PERCENT_AT_MOST("maximaal", true),
	COUNT_AT_LEAST("minimaal", false),
	DEADLINE("uiterlijk", false);

	private final String dutchWord;
	private final boolean percentage;

	NormKind(String dutchWord, boolean percentage) {
		this.dutchWord = dutchWord;
		this.percentage = percentage;
	}

	public String dutchWord() {
		return dutchWord;
	}

	public boolean percentage() {
		return percentage;
	}
}
