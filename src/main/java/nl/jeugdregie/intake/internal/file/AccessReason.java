package nl.jeugdregie.intake.internal.file;

import org.jspecify.annotations.Nullable;

/** The reason a case worker gives for opening a file outside their caseload: meaningful, not a novel. */
final class AccessReason {

	static final int MIN_LENGTH = 10;
	static final int MAX_LENGTH = 500;

	private AccessReason() {}

	static boolean isAcceptable(@Nullable String reason) {
		if (reason == null) {
			return false;
		}
		var length = reason.strip().length();
		return length >= MIN_LENGTH && length <= MAX_LENGTH;
	}
}
