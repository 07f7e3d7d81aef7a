package nl.jeugdregie.signin.internal.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class JdbcApiTokens {

	/** A token as stored: never the secret, only its hash. */
	record StoredToken(String id, String secretHash, String account, String description, String issuedBy,
			Instant issuedAt, Instant expiresAt, @Nullable Instant revokedAt, long useCount, @Nullable Instant lastUsedAt) {

		boolean validAt(Instant now) {
			return revokedAt == null && now.isBefore(expiresAt);
		}
	}

	private static final String COLUMNS = "t.id, t.secret_hash, t.account_username, t.description, t.issued_by, "
			+ "t.issued_at, t.expires_at, t.revoked_at, t.use_count, t.last_used_at";

	private final JdbcClient jdbc;

	JdbcApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiTokenSecret token, String account, String description, String issuedBy, Instant issuedAt,
			Instant expiresAt) {
		jdbc.sql("""
				insert into api_token (id, secret_hash, account_username, description, issued_by, issued_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
				.params(token.id(), token.secretHash(), account, description, issuedBy, utc(issuedAt), utc(expiresAt))
				.update();
	}

	Optional<StoredToken> find(String id) {
		return jdbc.sql("select " + COLUMNS + " from api_token t where t.id = ?").param(id)
				.query(JdbcApiTokens::token).optional();
	}

	/** The token with this id if its account is of the municipality. */
	Optional<StoredToken> find(String id, MunicipalityCode municipality) {
		return jdbc.sql("select " + COLUMNS + """
				 from api_token t join app_user u on u.username = t.account_username
				where t.id = ? and u.municipality_code = ?""")
				.params(id, municipality.value()).query(JdbcApiTokens::token).optional();
	}

	/** One row update per use: the counter and the last use, instead of an audit row per call. */
	void recordUse(String id, Instant now) {
		jdbc.sql("update api_token set use_count = use_count + 1, last_used_at = ? where id = ?")
				.params(utc(now), id).update();
	}

	/** The municipality's tokens, valid ones first, then newest first. */
	List<StoredToken> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("select " + COLUMNS + """
				 from api_token t join app_user u on u.username = t.account_username
				where u.municipality_code = ?
				order by t.revoked_at is not null, t.issued_at desc""")
				.param(municipality.value()).query(JdbcApiTokens::token).list();
	}

	/** The account of the revoked token; empty when none of the municipality is still unrevoked. */
	Optional<String> revoke(String id, MunicipalityCode municipality, Instant now) {
		return jdbc.sql("""
				update api_token t set revoked_at = ? from app_user u
				where t.id = ? and u.username = t.account_username and u.municipality_code = ? and t.revoked_at is null
				returning t.account_username""")
				.params(utc(now), id, municipality.value()).query(String.class).optional();
	}

	private static StoredToken token(ResultSet rs, int row) throws SQLException {
		return new StoredToken(rs.getString("id"), rs.getString("secret_hash"), rs.getString("account_username"),
				rs.getString("description"), rs.getString("issued_by"), instant(rs, "issued_at"),
				instant(rs, "expires_at"), instant(rs, "revoked_at"), rs.getLong("use_count"), instant(rs, "last_used_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
