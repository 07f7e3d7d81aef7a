package nl.jeugdregie.messaging.internal.outgoing;

import java.util.ArrayList;
import java.util.Locale;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.platform.paging.PageChoice;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * TOEW-7: which outgoing messages to list: provider, client BSN, allocation number, status, and the page (25 rows).
 * A provider's own list is always narrowed to its AGB code by the caller.
 */
record OutgoingFilter(@Nullable AgbCode provider, @Nullable Bsn client, @Nullable Long allocation,
		Outbox.@Nullable Status status, int page, int size) implements PageChoice {

	static final int PAGE_SIZE = 25;

	OutgoingFilter {
		if (page < 1 || size < 1 || size > 100) {
			throw new IllegalArgumentException("A page from 1 with 1 to 100 rows");
		}
	}

	OutgoingFilter withProvider(AgbCode own) {
		return new OutgoingFilter(own, client, allocation, status, page, size);
	}

	/** The filter from the query string; each value that is not one of its kind refuses the field. */
	static Outcome<OutgoingFilter> of(@Nullable String provider, @Nullable String client, @Nullable String allocation,
			@Nullable String status, @Nullable String page) {
		var refusals = new ArrayList<Refusal>();
		AgbCode agb = null;
		if (provider != null && !provider.isBlank()) {
			agb = AgbCode.parse(provider).orElse(null);
			if (agb == null) {
				refusals.add(Refusal.of("aanbieder", "messaging.outgoing.filter.provider"));
			}
		}
		Bsn bsn = null;
		if (client != null && !client.isBlank()) {
			var cleaned = client.replace(" ", "").replace(".", "").strip();
			if (Bsn.isValid(cleaned)) {
				bsn = new Bsn(cleaned);
			} else {
				refusals.add(Refusal.of("bsn", "messaging.outgoing.filter.bsn"));
			}
		}
		Long number = null;
		if (allocation != null && !allocation.isBlank()) {
			try {
				number = Long.parseLong(allocation.strip());
				if (number < 1 || number > 999_999_999) {
					throw new NumberFormatException();
				}
			} catch (NumberFormatException e) {
				number = null;
				refusals.add(Refusal.of("toewijzing", "messaging.outgoing.filter.allocation"));
			}
		}
		Outbox.Status chosen = null;
		if (status != null && !status.isBlank() && !"alle".equals(status)) {
			try {
				chosen = Outbox.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				refusals.add(Refusal.of("status", "messaging.outgoing.filter.status"));
			}
		}
		var pageNumber = 1;
		if (page != null && !page.isBlank()) {
			try {
				pageNumber = Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
			} catch (NumberFormatException e) {
				pageNumber = 1;
			}
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new OutgoingFilter(agb, bsn, number, chosen, pageNumber, PAGE_SIZE));
	}
}
