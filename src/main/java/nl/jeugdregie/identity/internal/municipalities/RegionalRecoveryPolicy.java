package nl.jeugdregie.identity.internal.municipalities;

import java.util.List;
import nl.jeugdregie.identity.signin.SecondStepRecovery;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Issue 14 (ADR 0045): when the regional administrator may help a municipality's administrator back in. A new
 * one-time password only while the administrator has not chosen her own password (she lost the first one before her
 * first login): once she has, her password is hers and a colleague of her municipality resets it. Her second step
 * only when she has one (lost phone, or locked after wrong codes). Never for a deactivated account.
 */
final class RegionalRecoveryPolicy {

	static final Refusal DEACTIVATED = Refusal.ofWhole("identity.admin.recovery.deactivated");
	static final Refusal OWN_PASSWORD = Refusal.ofWhole("identity.admin.recovery.ownPassword");
	static final Refusal NO_SECOND_STEP = Refusal.ofWhole("identity.admin.recovery.noSecondStep");

	private RegionalRecoveryPolicy() {}

	static List<Refusal> newOneTimePassword(boolean enabled, boolean passwordChangeRequired) {
		if (!enabled) {
			return List.of(DEACTIVATED);
		}
		return passwordChangeRequired ? List.of() : List.of(OWN_PASSWORD);
	}

	static List<Refusal> resetSecondStep(boolean enabled, SecondStepRecovery.State state) {
		if (!enabled) {
			return List.of(DEACTIVATED);
		}
		return state == SecondStepRecovery.State.NOT_SET_UP ? List.of(NO_SECOND_STEP) : List.of();
	}
}
