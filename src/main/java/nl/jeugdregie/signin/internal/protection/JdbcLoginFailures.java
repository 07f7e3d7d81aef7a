package nl.jeugdregie.signin.internal.protection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code login_failure} table: failed logins per account and per address, keyed by a SHA-256 hash of the
 * typed name or of the address (a mistyped name may be a password). Times are the application clock's.
 */
@Repository
class JdbcLoginFailures {

	enum Kind { ACCOUNT, ADDRESS }

	/** A locked account, for the administrator. */
	record LockedAccount(String username, String displayName, int failures, Instant lockedUntil) {}

	private final JdbcClient jdbc;

	JdbcLoginFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Nullable FailureState find(Kind kind, String key) {
		return jdbc.sql("select failures, last_failure_at, locked_until from login_failure where kind = ? and key_hash = ?")
				.params(kind.name(), hash(key))
				.query(JdbcLoginFailures::state).optional().orElse(null);
	}

	/** One more failure counted: the state before (in force or not) and after it. */
	record Counted(@Nullable FailureState before, FailureState after) {}

	/**
	 * Counts one more failure. The row is locked until the caller's transaction ends, so no failure is lost when
	 * two are counted at once: a first failure inserts the row or, when another transaction inserts it first,
	 * waits for that one and then counts on top of it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Counted recordFailure(Kind kind, String key, @Nullable String username, LoginThrottlePolicy policy, Instant now) {
		var keyHash = hash(key);
		var first = policy.afterFailure(null, now);
		var inserted = jdbc.sql("""
				insert into login_failure (kind, key_hash, username, failures, last_failure_at, locked_until)
				values (?, ?, ?, ?, ?, ?)
				on conflict (kind, key_hash) do nothing""")
				.params(kind.name(), keyHash, username, first.failures(), utc(first.lastFailureAt()), utc(first.lockedUntil()))
				.update();
		if (inserted == 1) {
			return new Counted(null, first);
		}
		var before = jdbc.sql("""
				select failures, last_failure_at, locked_until from login_failure
				where kind = ? and key_hash = ? for update""")
				.params(kind.name(), keyHash).query(JdbcLoginFailures::state).single();
		var after = policy.afterFailure(before, now);
		jdbc.sql("""
				update login_failure set failures = ?, last_failure_at = ?, locked_until = ?
				where kind = ? and key_hash = ?""")
				.params(after.failures(), utc(after.lastFailureAt()), utc(after.lockedUntil()), kind.name(), keyHash)
				.update();
		return new Counted(before, after);
	}

	/** Forgets the failures of an account after a successful login (an address's failures stay counted). */
	@Transactional(propagation = Propagation.MANDATORY)
	void clear(Kind kind, String key) {
		jdbc.sql("delete from login_failure where kind = ? and key_hash = ?").params(kind.name(), hash(key)).update();
	}

	List<LockedAccount> lockedAccounts(MunicipalityCode municipality, Instant now) {
		return jdbc.sql("""
				select f.username, u.display_name, f.failures, f.locked_until
				from login_failure f join app_user u on u.username = f.username
				where f.kind = 'ACCOUNT' and f.locked_until > ? and u.municipality_code = ?
				order by f.locked_until desc, f.username""")
				.params(utc(now), municipality.value())
				.query((rs, row) -> new LockedAccount(rs.getString("username"), rs.getString("display_name"),
						rs.getInt("failures"), rs.getObject("locked_until", OffsetDateTime.class).toInstant()))
				.list();
	}

	/** Lifts the lock of an account of the municipality; false when it has none in force. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean unlock(String username, MunicipalityCode municipality, Instant now) {
		return jdbc.sql("""
				delete from login_failure f using app_user u
				where f.kind = 'ACCOUNT' and f.username = ? and u.username = f.username
				  and u.municipality_code = ? and f.locked_until > ?""")
				.params(username, municipality.value(), utc(now)).update() > 0;
	}

	private static FailureState state(ResultSet rs, int row) throws SQLException {
		var locked = rs.getObject("locked_until", OffsetDateTime.class);
		return new FailureState(rs.getInt("failures"), rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
				locked == null ? null : locked.toInstant());
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** What was typed may be a password; only its hash is stored. */
	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
