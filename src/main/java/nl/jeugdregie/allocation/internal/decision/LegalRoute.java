package nl.jeugdregie.allocation.internal.decision;

/**
 * TOEW-1: how specialised youth care was reached, with the iJw referrer code (COD327). A referral by a GP, youth
 * doctor or medical specialist names the referrer's AGB code (iJw rule OP297).
 */
public enum LegalRoute {

	ACCESS_TEAM("01", "Besluit van het toegangsteam van de gemeente", false),
	GENERAL_PRACTITIONER("02", "Verwijzing door de huisarts", true),
	YOUTH_DOCTOR("03", "Verwijzing door de jeugdarts", true),
	CERTIFIED_INSTITUTION("04", "Besluit van een gecertificeerde instelling", false),
	MEDICAL_SPECIALIST("05", "Verwijzing door een medisch specialist", true);

	private final String referrerCode;
	private final String dutchName;
	private final boolean referrerAgbRequired;

	LegalRoute(String referrerCode, String dutchName, boolean referrerAgbRequired) {
		this.referrerCode = referrerCode;
		this.dutchName = dutchName;
		this.referrerAgbRequired = referrerAgbRequired;
	}

	public String referrerCode() {
		return referrerCode;
	}

	public String dutchName() {
		return dutchName;
	}

	public boolean referrerAgbRequired() {
		return referrerAgbRequired;
	}
}
