package nl.jeugdregie.allocation.internal.decision;

import nl.jeugdregie.platform.text.Labelled;

/**
 * TOEW-1: how specialised youth care was reached, with the iJw referrer code (COD327). A referral by a GP, youth
 * doctor or medical specialist names the referrer's AGB code (iJw rule OP297).
 */
public enum LegalRoute implements Labelled {

	ACCESS_TEAM("01", false),
	GENERAL_PRACTITIONER("02", true),
	YOUTH_DOCTOR("03", true),
	CERTIFIED_INSTITUTION("04", false),
	MEDICAL_SPECIALIST("05", true);

	private final String referrerCode;
	private final boolean referrerAgbRequired;

	LegalRoute(String referrerCode, boolean referrerAgbRequired) {
		this.referrerCode = referrerCode;
		this.referrerAgbRequired = referrerAgbRequired;
	}

	public String referrerCode() {
		return referrerCode;
	}

	public boolean referrerAgbRequired() {
		return referrerAgbRequired;
	}
}
