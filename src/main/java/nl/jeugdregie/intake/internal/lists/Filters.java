package nl.jeugdregie.intake.internal.lists;

import java.util.stream.Stream;
import nl.jeugdregie.platform.paging.PageWithinBounds;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Policy;

/** Reads a query string's filter through its rules: a filter, or the refusals of every broken rule. */
final class Filters {

	private static final java.util.List<Policy<RawFilter>> RULES = java.util.List.of(new FilterValuesKnown(),
			new PageWithinBounds<>(ListFilter.DEFAULT_SIZE, ListFilter.MAX_SIZE, "intake.list.page", "intake.list.size"));

	private Filters() {}

	static Outcome<ListFilter> read(RawFilter raw, ListFilter defaults) {
		var refusals = RULES.stream().flatMap(rule -> rule.check(raw).stream()).toList();
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new ListFilter(
				ListFilter.choice(ListFilter.Scope.class, raw.scope(), defaults.scope()).orElseThrow(),
				ListFilter.choice(ListFilter.StateFilter.class, raw.state(), defaults.state()).orElseThrow(),
				ListFilter.choice(ListFilter.NormFilter.class, raw.norm(), defaults.norm()).orElseThrow(),
				raw.crisis() == null || raw.crisis().isBlank() ? defaults.crisisOnly()
						: Stream.of("ja", "true").anyMatch(raw.crisis()::equalsIgnoreCase),
				ListFilter.choice(ListFilter.SortOrder.class, raw.sort(), defaults.sort()).orElseThrow(),
				PageWithinBounds.number(raw.page(), 1), PageWithinBounds.number(raw.size(), defaults.size())));
	}
}
