package nl.jeugdregie.audit;

import org.jspecify.annotations.Nullable;

/**
 * SEC-2: the reason a case worker gives to read a file outside their own caseload: {@value #MIN_LENGTH} to
 * {@value #MAX_LENGTH} characters once stripped. One rule for every file that can be read with a reason.
 */
public final class AccessReason {

	public static final int MIN_LENGTH = 10;
	public static final int MAX_LENGTH = 500;

	private AccessReason() {}

	public static boolean isAcceptable(@Nullable String reason) {
		if (reason == null) {
			return false;
		}
		var length = reason.strip().length();
		return length >= MIN_LENGTH && length <= MAX_LENGTH;
	}
}
