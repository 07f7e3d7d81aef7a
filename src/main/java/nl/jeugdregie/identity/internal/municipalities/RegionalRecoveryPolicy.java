package nl.jeugdregie.identity.internal.municipalities;

import java.util.List;
import nl.jeugdregie.identity.signin.SecondStepRecovery;

/**
 * Issue 14 (ADR 0045): when the regional administrator may help a municipality's administrator back in. A new
 * one-time password only while the administrator has not chosen her own password (she lost the first one before her
 * first login): once she has, her password is hers and a colleague of her municipality resets it. Her second step
 * only when she has one (lost phone, or locked after wrong codes). Never for a deactivated account.
 */
final class RegionalRecoveryPolicy {

	static final String DEACTIVATED = "Dit account is gedeactiveerd. Alleen de gemeente kan het weer actief maken.";
	static final String OWN_PASSWORD = "Deze applicatiebeheerder heeft al een eigen wachtwoord gekozen. Een vergeten "
			+ "wachtwoord herstelt een andere applicatiebeheerder van de gemeente.";
	static final String NO_SECOND_STEP = "Deze applicatiebeheerder heeft geen tweede stap ingesteld. Er is niets te herstellen.";

	private RegionalRecoveryPolicy() {}

	static List<String> newOneTimePassword(boolean enabled, boolean passwordChangeRequired) {
		if (!enabled) {
			return List.of(DEACTIVATED);
		}
		return passwordChangeRequired ? List.of() : List.of(OWN_PASSWORD);
	}

	static List<String> resetSecondStep(boolean enabled, SecondStepRecovery.State state) {
		if (!enabled) {
			return List.of(DEACTIVATED);
		}
		return state == SecondStepRecovery.State.NOT_SET_UP ? List.of(NO_SECOND_STEP) : List.of();
	}
}
