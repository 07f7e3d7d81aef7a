package nl.jeugdregie.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Computes the hash that links an audit row to the one before it (SEC-2): SHA-256, in lower-case hex, over a
 * canonical serialization of the row's content and the previous row's hash. Each field is written as
 * {@code name=<length in UTF-8 bytes>:<value>} on its own line ({@code name=null} when absent), so no choice
 * of values can make two different rows serialize alike. Anyone can recompute it from the table alone.
 */
final class AuditHashChain {

	/** The "previous hash" of the first row of the legacy chain, the one chain of the whole trail (ADR 0004). */
	static final String GENESIS = "0".repeat(64);

	private static final String FORMAT_VERSION = "jeugdregie-audit-v1";
	private static final String GENESIS_FORMAT_VERSION = "jeugdregie-audit-genesis-v1";

	private AuditHashChain() {}

	static String hash(AuditEvent event, String previousHash) {
		var canonical = new ByteArrayOutputStream();
		canonical.writeBytes((FORMAT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
		field(canonical, "id", Long.toString(event.id()));
		field(canonical, "occurred_at", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
		field(canonical, "actor_username", event.actorUsername());
		field(canonical, "actor_role", event.actorRole());
		field(canonical, "municipality_code", event.municipalityCode());
		field(canonical, "client_id", event.clientId() == null ? null : event.clientId().toString());
		field(canonical, "subject", event.subject());
		field(canonical, "action", event.action());
		field(canonical, "what", event.what());
		field(canonical, "reason", event.reason());
		// Written only when present, so rows from before these fields (V19_3) keep their hashes.
		if (event.actorMunicipalityCode() != null) {
			field(canonical, "actor_municipality_code", event.actorMunicipalityCode());
		}
		if (event.sourceAddress() != null) {
			field(canonical, "source_address", event.sourceAddress());
		}
		field(canonical, "previous_hash", previousHash);
		return HexFormat.of().formatHex(sha256().digest(canonical.toByteArray()));
	}

	/**
	 * The "previous hash" of the first row of a municipality's own chain (ADR 0019): SHA-256 over the municipality
	 * code and the last hash of the legacy chain, in the same canonical form as a row. Distinct per municipality,
	 * so no two chains ever share a link, and tied to the legacy chain, so that chain cannot be shortened unseen.
	 */
	static String genesis(String municipalityCode, String legacyHeadHash) {
		var canonical = new ByteArrayOutputStream();
		canonical.writeBytes((GENESIS_FORMAT_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
		field(canonical, "municipality_code", municipalityCode);
		field(canonical, "legacy_head_hash", legacyHeadHash);
		return HexFormat.of().formatHex(sha256().digest(canonical.toByteArray()));
	}

	private static void field(ByteArrayOutputStream out, String name, @Nullable String value) {
		if (value == null) {
			out.writeBytes((name + "=null\n").getBytes(StandardCharsets.UTF_8));
			return;
		}
		var bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeBytes((name + "=" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(bytes);
		out.write('\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
