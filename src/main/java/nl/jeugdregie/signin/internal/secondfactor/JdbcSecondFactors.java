package nl.jeugdregie.signin.internal.secondfactor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.signin.internal.secondfactor.CodeAttemptPolicy.Attempts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code second_factor} table: one sealed TOTP secret per local account, and its use and wrong tries. */
@Repository
class JdbcSecondFactors {

	/** A stored second step; {@code enrolledAt} is null while the enrolment waits for its first code. */
	record Stored(byte[] sealedSecret, @Nullable Instant enrolledAt, long lastUsedStep, Attempts attempts) {

		boolean enrolled() {
			return enrolledAt != null;
		}
	}

	/** An account of the municipality and whether it logs in with a code, for the administrator. */
	record AccountStatus(String username, String displayName, String role, @Nullable Instant enrolledAt) {}

	private final JdbcClient jdbc;

	JdbcSecondFactors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> find(String username) {
		return jdbc.sql("""
				select sealed_secret, enrolled_at, last_used_step, failures, last_failure_at, locked_until
				from second_factor where username = ?""")
				.param(username).query(JdbcSecondFactors::stored).optional();
	}

	/** The row locked until the transaction ends, so two codes sent at once are judged one after the other. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Stored> lock(String username) {
		return jdbc.sql("""
				select sealed_secret, enrolled_at, last_used_step, failures, last_failure_at, locked_until
				from second_factor where username = ? for update""")
				.param(username).query(JdbcSecondFactors::stored).optional();
	}

	/** Stores a new secret for an enrolment; never replaces the secret of a finished enrolment. */
	@Transactional(propagation = Propagation.MANDATORY)
	void begin(String username, byte[] sealedSecret) {
		jdbc.sql("""
				insert into second_factor (username, sealed_secret) values (?, ?)
				on conflict (username) do update set sealed_secret = excluded.sealed_secret, last_used_step = 0
				where second_factor.enrolled_at is null""")
				.params(username, sealedSecret).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void used(String username, long step, Instant now) {
		jdbc.sql("""
				update second_factor set last_used_step = ?, failures = 0, last_failure_at = null, locked_until = null,
				    enrolled_at = coalesce(enrolled_at, ?)
				where username = ?""")
				.params(step, utc(now), username).update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void failed(String username, Attempts attempts) {
		jdbc.sql("update second_factor set failures = ?, last_failure_at = ?, locked_until = ? where username = ?")
				.params(attempts.failures(), utc(attempts.lastFailureAt()), utc(attempts.lockedUntil()), username).update();
	}

	/** Removes the second step of an account of this municipality; false when there was none. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean remove(String username, MunicipalityCode municipality) {
		return jdbc.sql("""
				delete from second_factor where username = ?
				and username in (select username from app_user where municipality_code = ?)""")
				.params(username, municipality.value()).update() == 1;
	}

	/** Removes an account's second step, whatever its municipality (the caller checked who may); false when there was none. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean removeAny(String username) {
		return jdbc.sql("delete from second_factor where username = ?").param(username).update() == 1;
	}

	List<AccountStatus> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("""
				select u.username, u.display_name, u.role, f.enrolled_at
				from app_user u left join second_factor f on f.username = u.username
				where u.municipality_code = ? and u.enabled
				order by lower(u.display_name), u.username""")
				.param(municipality.value())
				.query((rs, row) -> new AccountStatus(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
				.list();
	}

	/** The key that seals secrets when none is configured: made at first use, the same for every instance. */
	@Transactional(propagation = Propagation.MANDATORY)
	byte[] storedKey(byte[] candidate) {
		jdbc.sql("insert into second_factor_key (id, key) values (1, ?) on conflict (id) do nothing").param(candidate).update();
		return jdbc.sql("select key from second_factor_key where id = 1").query(byte[].class).single();
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getBytes(1), instant(rs, 2), rs.getLong(3),
				new Attempts(rs.getInt(4), instant(rs, 5), instant(rs, 6)));
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
