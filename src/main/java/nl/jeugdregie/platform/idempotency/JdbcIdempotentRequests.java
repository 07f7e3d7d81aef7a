package nl.jeugdregie.platform.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keys in use and their answers. Every statement runs on its own (auto-commit) while no transaction is open,
 * so a request borrows one connection at a time: the claim, then the controller's own transaction, then the
 * answer. The primary key makes the claim atomic: of two identical requests exactly one inserts the row.
 */
@Repository
class JdbcIdempotentRequests {

	/** How long an answer is given again; afterwards the key may be used anew. */
	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	JdbcIdempotentRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True when this request claimed the key; false when the key was in use already. */
	boolean claim(IdempotencyKey key, String fingerprint, Instant now) {
		jdbc.sql("delete from idempotent_request where owner = ? and key = ? and created_at < ?")
				.params(key.owner(), key.value(), now.minus(KEPT).atOffset(ZoneOffset.UTC)).update();
		return jdbc.sql("""
				insert into idempotent_request (owner, key, fingerprint, state, created_at)
				values (?, ?, ?, 'IN_PROGRESS', ?) on conflict (owner, key) do nothing""")
				.params(key.owner(), key.value(), fingerprint, now.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	Optional<Remembered> find(IdempotencyKey key) {
		return jdbc.sql("""
				select fingerprint, state, status, content_type, body, location, etag from idempotent_request
				where owner = ? and key = ?""")
				.params(key.owner(), key.value())
				.query((rs, n) -> "DONE".equals(rs.getString("state"))
						? (Remembered) new Remembered.Done(rs.getString("fingerprint"), rs.getInt("status"),
								rs.getString("content_type"), rs.getBytes("body"), rs.getString("location"),
								rs.getString("etag"))
						: new Remembered.InProgress(rs.getString("fingerprint")))
				.optional();
	}

	void complete(IdempotencyKey key, int status, @Nullable String contentType, byte[] body, @Nullable String location,
			@Nullable String etag) {
		jdbc.sql("""
				update idempotent_request set state = 'DONE', status = ?, content_type = ?, body = ?, location = ?, etag = ?
				where owner = ? and key = ?""")
				.params(status, contentType, body, location, etag, key.owner(), key.value()).update();
	}

	/** Gives the key back, so the same request can be tried again (after a conflict or a server error). */
	void release(IdempotencyKey key) {
		jdbc.sql("delete from idempotent_request where owner = ? and key = ? and state = 'IN_PROGRESS'")
				.params(key.owner(), key.value()).update();
	}
}
