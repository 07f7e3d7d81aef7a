package nl.jeugdregie.monitoring.internal.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one disclosure control every aggregate output of monitoring passes through (SEC-2, ADR 0021): the cell key
 * method. Each record has a record key ({@code monitoring_record_key} of its id, in [0, 2^32)); a cell's key is
 * the sum of the record keys of the records in it; the deployment's secret turns that sum into a cell key in
 * [0, 1), and the {@link PerturbationTable} gives the published count. The same records give the same published
 * count in every report, filter, period and format; without the secret nobody can tell the change of a cell.
 *
 * <p>The secret is {@code jeugdregie.disclosure.key} when set; otherwise one is drawn once per database and kept
 * in {@code monitoring_disclosure_secret}. It never leaves the server and must never change, or the same group
 * would get a second published value.
 */
@Component
public class Disclosure {

	private static final long KEY_SPACE = 1L << 32;

	private final byte[] secret;

	@Autowired
	Disclosure(JdbcClient jdbc, @Value("${jeugdregie.disclosure.key:}") @Nullable String configured) {
		this(configured == null || configured.isBlank() ? stored(jdbc) : configured);
	}

	private Disclosure(String secret) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** A disclosure control with a given secret, for unit tests and tools. */
	public static Disclosure withSecret(String secret) {
		if (secret.isBlank()) {
			throw new IllegalArgumentException("A disclosure secret is not blank");
		}
		return new Disclosure(secret);
	}

	/** The count to publish for a group of records. */
	public long count(Tally tally) {
		return PerturbationTable.publish(tally.count(), cellKey(tally.key()));
	}

	/**
	 * A sum over a group (weeks of exceedance added up) as published: left out (mark k) when the group's published
	 * count is below 5, otherwise moved by at most {@value PerturbationTable#MAX_NOISE} with a second cell key of
	 * the same records, independent of the count's, so differencing sums gives no hidden sum exactly.
	 */
	public Figure magnitude(Tally group, long sum) {
		if (count(group) < PerturbationTable.ZERO_STANDS_FOR_UP_TO) {
			return Figure.hidden(Mark.SMALL);
		}
		return Figure.of(Math.max(0, sum + PerturbationTable.change(cellKey(group.key(), 1))));
	}

	/** The cell key in [0, 1) of a sum of record keys: a keyed hash, so it cannot be computed without the secret. */
	double cellKey(long keySum) {
		return cellKey(keySum, 0);
	}

	private double cellKey(long keySum, long purpose) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			var digest = mac.doFinal(ByteBuffer.allocate(2 * Long.BYTES).putLong(Math.floorMod(keySum, KEY_SPACE))
					.putLong(purpose).array());
			return (ByteBuffer.wrap(digest).getLong() >>> 11) / (double) (1L << 53);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}

	/** A figure computed from a group (median, average, weeks): shown only when the group's published count is 5 or more. */
	public Figure derived(Tally base, @Nullable Long value) {
		if (count(base) < PerturbationTable.ZERO_STANDS_FOR_UP_TO) {
			return Figure.hidden(Mark.SMALL);
		}
		return value == null ? Figure.NONE : Figure.of(value);
	}

	/** A share in whole percent of two published counts; left out when the whole's published count is below 5. */
	public Figure percent(Tally part, Tally whole) {
		var shownWhole = count(whole);
		if (shownWhole < PerturbationTable.ZERO_STANDS_FOR_UP_TO) {
			return Figure.hidden(Mark.SMALL);
		}
		return Figure.of(Math.min(100, Math.round(count(part) * 100.0 / shownWhole)));
	}

	private static String stored(JdbcClient jdbc) {
		jdbc.sql("insert into monitoring_disclosure_secret (id, secret) values (1, ?) on conflict (id) do nothing")
				.param(HexFormat.of().formatHex(random()))
				.update();
		return jdbc.sql("select secret from monitoring_disclosure_secret where id = 1").query(String.class).single();
	}

	private static byte[] random() {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}
}
