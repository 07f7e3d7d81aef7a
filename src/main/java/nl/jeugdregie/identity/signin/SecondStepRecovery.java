package nl.jeugdregie.identity.signin;

import nl.jeugdregie.identity.CurrentUser;

/**
 * The second login step as another module keeps it (module signin, ADR 0040), for identity's regional administrator
 * (ADR 0045): whether a municipality's administrator has one, and removing it when she is locked
 * out of it, so she sets it up again at her next login. Identity checks who may do this; the implementation records it.
 */
public interface SecondStepRecovery {

	/** How far an account is with its second step. */
	enum State {
		/** None set up (or begun and never finished). */
		NOT_SET_UP,
		/** Set up with an app. */
		SET_UP,
		/** Set up, and locked after too many wrong codes. */
		LOCKED
	}

	State state(String username);

	/**
	 * Removes the account's second step in the caller's transaction and records it in the audit trail as done by
	 * {@code by}; false when it had none (for instance when someone else removed it just before).
	 */
	boolean reset(CurrentUser by, String username);
}
