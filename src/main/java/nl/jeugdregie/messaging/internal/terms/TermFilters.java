package nl.jeugdregie.messaging.internal.terms;

import java.util.List;
import nl.jeugdregie.platform.paging.PageWithinBounds;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Policy;

/** Reads a query string's filter through its rules: a filter, or the refusals of every broken rule. */
final class TermFilters {

	private static final List<Policy<RawTermFilter>> RULES = List.of(new TermFilterValuesKnown(),
			new PageWithinBounds<>(TermFilter.DEFAULT_SIZE, TermFilter.MAX_SIZE, "messaging.terms.page", "messaging.terms.size"));

	private TermFilters() {}

	static Outcome<TermFilter> read(RawTermFilter raw) {
		var refusals = RULES.stream().flatMap(rule -> rule.check(raw).stream()).toList();
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new TermFilter(TermFilter.flow(raw.flow()).orElseThrow().orElse(null),
				TermFilter.StatusFilter.read(raw.status()).orElseThrow(),
				TermFilter.provider(raw.provider()).orElseThrow().orElse(null),
				TermFilter.side(raw.side()).orElseThrow().orElse(null),
				PageWithinBounds.number(raw.page(), 1), PageWithinBounds.number(raw.size(), TermFilter.DEFAULT_SIZE)));
	}
}
