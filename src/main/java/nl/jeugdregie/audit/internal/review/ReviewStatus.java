package nl.jeugdregie.audit.internal.review;

/** The status badge of a review item: its state, and for an unreviewed one whether the review term has passed. */
enum ReviewStatus {
	UNREVIEWED("Nog beoordelen"),
	OVERDUE("Termijn verstreken"),
	JUSTIFIED("Gerechtvaardigd"),
	REPORTED("Gemeld");

	private final String dutchName;

	ReviewStatus(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
