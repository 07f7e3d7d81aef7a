package nl.jeugdregie.identity.internal.municipalities;

import nl.jeugdregie.identity.signin.SecondStepRecovery;

/**
 * An administrator account of a municipality as the regional administrator sees it (ADR 0045): name and state
 * only, for helping her back in; never the municipality's other accounts.
 *
 * @param passwordChangeRequired she has not chosen her own password yet (her one-time password still counts)
 * @param version the account's version, named by the check step so two changes at once give one result
 */
record MunicipalAdministrator(String username, String displayName, boolean enabled, boolean passwordChangeRequired,
		long version, SecondStepRecovery.State secondStep) {

	public boolean secondStepSetUp() {
		return secondStep != SecondStepRecovery.State.NOT_SET_UP;
	}

	/** The Dutch state for the municipality's page. */
	public String status() {
		if (!enabled) {
			return "Gedeactiveerd";
		}
		var password = passwordChangeRequired ? "nog niet ingelogd (eenmalig wachtwoord)" : "eigen wachtwoord gekozen";
		return switch (secondStep) {
			case NOT_SET_UP -> "Actief, " + password + ", tweede stap niet ingesteld";
			case SET_UP -> "Actief, " + password + ", tweede stap ingesteld";
			case LOCKED -> "Actief, " + password + ", tweede stap vergrendeld na te veel verkeerde codes";
		};
	}
}
