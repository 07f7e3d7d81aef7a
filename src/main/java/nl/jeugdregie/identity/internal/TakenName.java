package nl.jeugdregie.identity.internal;

import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;

/**
 * A name the database finds taken (a team's name, a username, an e-mail address, a CBS code): a refusal of its field
 * whose code starts with {@value #PREFIX}. Pages show it next to the field like any refusal; the API names it first
 * and answers 409 ({@link AdminApi#answer}).
 */
public final class TakenName {

	static final String PREFIX = "identity.admin.taken.";

	private TakenName() {}

	/** The refusal of {@code field}; {@code what} ends its message code, such as {@code username}. */
	public static Refusal of(String field, String what) {
		return Refusal.of(field, PREFIX + what);
	}

	/** Whether a refused outcome is a taken name. */
	public static boolean in(Outcome.Refused<?> refused) {
		return refused.refusals().stream().anyMatch(refusal -> refusal.code().startsWith(PREFIX));
	}
}
