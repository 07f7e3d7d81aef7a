package nl.jeugdregie.signin.internal.secondfactor;

import jakarta.servlet.http.HttpSession;

/**
 * Whether the session has passed the second login step (ADR 0040). Kept in the session, set once per login: by the
 * code, by the finding that the account needs none, or by single sign-on (the identity provider does its own MFA).
 */
public final class SecondFactorSession {

	static final String ATTRIBUTE = SecondFactorSession.class.getName() + ".passed";

	private SecondFactorSession() {
	}

	/** Passed outside this module: by single sign-on, whose identity provider does its own multi-factor authentication. */
	public static void passedElsewhere(HttpSession session) {
		session.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	static void passed(HttpSession session) {
		session.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	static boolean hasPassed(HttpSession session) {
		return Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
	}
}
