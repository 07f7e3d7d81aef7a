package nl.jeugdregie.messaging.internal.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging.AllocationLine;
import nl.jeugdregie.allocation.ChangeReason;
import nl.jeugdregie.intake.ClientsForMessaging.ClientData;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Address;
import nl.jeugdregie.messaging.internal.message.AllocatedProduct;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Client;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.Product;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-7: what a JW301 contains (ADR 0046). OP087: for one client and one provider, every allocation valid on or after
 * the message's date plus the ones changed since the last JW301 (the change it carries and changes still waiting);
 * withdrawn allocations (end date equal to the first day, RedenWijziging 13, OP033x1) are no longer current and only
 * sent as the change itself. IV066: a changed allocation keeps its ToewijzingNummer; IV013: Toewijzingsdatum and -tijd
 * are when the municipality established the (latest) change. JW301 has no StatusAanlevering: a deletion is the end date
 * equal to the first day with JZ002 13, never a status 2.
 */
final class Jw301Contents {

	/** What the municipality decided after the decision: a new end date, volume and reason, or a withdrawal. */
	record State(@Nullable LocalDate validUntil, @Nullable Integer volume, @Nullable String reason, Instant changedAt,
			boolean withdrawn) {}

	/**
	 * An allocation with what was changed about it since, if anything, and the ReferentieAanbieder of the provider's
	 * request it answers, if any.
	 */
	record Line(AllocationLine facts, @Nullable State state, @Nullable String providerReference) {}

	private static final Set<String> NAME_PREFIXES = Set.of("van", "de", "der", "den", "het", "'t", "te", "ten", "ter",
			"in", "op", "aan", "la", "le", "du", "da", "di", "von", "zu", "el", "al");

	private Jw301Contents() {}

	/** The allocated products of the message, numbers ascending. */
	static List<AllocatedProduct> products(List<Line> lines, long subject, Set<Long> pending, LocalDate today, ZoneId zone) {
		var products = new ArrayList<AllocatedProduct>();
		for (var line : lines) {
			var f = line.facts();
			var s = line.state();
			var withdrawn = s != null && s.withdrawn();
			var validUntil = withdrawn ? f.validFrom() : s != null && s.validUntil() != null ? s.validUntil() : f.validUntil();
			if (validUntil.isBefore(f.validFrom())) {
				validUntil = f.validFrom();
			}
			var current = !withdrawn && !validUntil.isBefore(today);
			if (f.number() != subject && !pending.contains(f.number()) && !current) {
				continue;
			}
			var decidedAt = (s != null ? s.changedAt() : f.decidedAt()).atZone(zone).truncatedTo(ChronoUnit.SECONDS);
			var reason = withdrawn ? ChangeReason.WITHDRAWN_CODE : s == null ? null : s.reason();
			var volume = s != null && s.volume() != null ? s.volume() : f.volume();
			products.add(new AllocatedProduct(f.number(), line.providerReference(), new Product(f.productCategory(), f.productCode()),
					decidedAt.toLocalDate(), decidedAt.toLocalTime(), f.validFrom(), validUntil, reason, volume, f.unit(),
					f.frequency()));
		}
		return products;
	}

	/** The whole message; the client's BSN is known and valid ({@link BsnKnownForAllocationMessage}). */
	static IjwMessage.Allocation message(String municipality, String providerAgb, String identification, LocalDate today,
			ClientData client, List<AllocatedProduct> products) {
		var header = new Header(IjwMessageType.JW301, municipality, providerAgb, identification, today);
		return new IjwMessage.Allocation(header, client(client), new Address("01", null, null, null, null), products);
	}

	/** COD046 gender 0 (unknown): intake does not record it. The family name's leading lower-case words are its prefix. */
	static Client client(ClientData data) {
		var words = data.familyName().strip().split("\\s+");
		var prefixLength = 0;
		while (prefixLength < words.length - 1 && NAME_PREFIXES.contains(words[prefixLength].toLowerCase(Locale.ROOT))) {
			prefixLength++;
		}
		var prefix = prefixLength == 0 ? null : String.join(" ", Arrays.copyOfRange(words, 0, prefixLength));
		var surname = String.join(" ", Arrays.copyOfRange(words, prefixLength, words.length));
		var given = data.givenName().strip();
		var initials = Arrays.stream(given.split("[\\s-]+")).filter(w -> !w.isEmpty())
				.map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).filter(c -> Character.isLetter(c.charAt(0))).limit(6).collect(Collectors.joining());
		return new Client(new Bsn(java.util.Objects.requireNonNull(data.bsn())), data.birthDate(), "0", limit(surname, 200),
				prefix == null ? null : limit(prefix, 10), given.isEmpty() ? null : limit(given, 200),
				initials.isEmpty() ? null : initials);
	}

	private static String limit(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}
