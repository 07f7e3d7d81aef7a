package nl.jeugdregie.signin.internal.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Tokens verified in the last few seconds ({@code jeugdregie.api-tokens.verified-for}, 5 s by default), with the
 * account they act for, so a system calling many times a second costs one lookup of its token and account per few
 * seconds instead of two per call (issue 19 P1, ADR 0053). The presented secret is still compared with the stored
 * hash on every call; only tokens that passed are kept. A revocation on this instance takes effect at once
 * ({@link #forget}); elsewhere, and for a changed role or municipality of the account, within that time. A
 * disabled account is refused on the next call anyway (identity's account check runs on every request), and every
 * use is still counted on the token's row.
 */
@Component
class VerifiedTokens {

	/** Beyond this many kept tokens, the stale ones are dropped before another is kept. */
	private static final int TIDY_ABOVE = 10_000;

	record Verified(String secretHash, UserDetails account, Instant expiresAt, Instant verifiedAt) {}

	private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
	private final Duration keep;

	VerifiedTokens(ApiTokenSettings settings) {
		this.keep = settings.verifiedFor();
	}

	/** The token verified less than the kept time ago and not expired since; null when it must be looked up. */
	@Nullable Verified recent(String id, Instant now) {
		var entry = verified.get(id);
		if (entry == null) {
			return null;
		}
		if (!isFresh(entry, now)) {
			verified.remove(id, entry);
			return null;
		}
		return entry;
	}

	void keep(String id, String secretHash, UserDetails account, Instant expiresAt, Instant now) {
		if (keep.isZero() || keep.isNegative()) {
			return;
		}
		if (verified.size() >= TIDY_ABOVE) {
			verified.values().removeIf(entry -> !isFresh(entry, now));
		}
		verified.put(id, new Verified(secretHash, account, expiresAt, now));
	}

	/** The token is no longer taken from here: the next call looks it up (after a revocation). */
	void forget(String id) {
		verified.remove(id);
	}

	private boolean isFresh(Verified entry, Instant now) {
		return now.isBefore(entry.verifiedAt().plus(keep)) && now.isBefore(entry.expiresAt())
				&& !now.isBefore(entry.verifiedAt());
	}
}
