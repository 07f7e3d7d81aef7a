package nl.jeugdregie.platform.idempotency;

/**
 * A key the client chose for one change, scoped to the user who sent it, so two users' keys never meet. The value
 * is 1 to 255 visible ASCII characters, as the IETF draft for the {@code Idempotency-Key} header allows.
 */
record IdempotencyKey(String owner, String value) {

	static final int MAX_LENGTH = 255;

	IdempotencyKey {
		if (owner == null || owner.isBlank()) {
			throw new IllegalArgumentException("An idempotency key belongs to a user");
		}
		if (!isWellFormed(value)) {
			throw new IllegalArgumentException("An idempotency key has 1 to 255 visible ASCII characters");
		}
	}

	static boolean isWellFormed(String value) {
		return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH
				&& value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
	}
}
