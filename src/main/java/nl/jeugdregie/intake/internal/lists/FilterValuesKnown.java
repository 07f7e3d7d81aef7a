package nl.jeugdregie.intake.internal.lists;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** Every filter value is one the list knows: a mistyped link is told so instead of silently showing everything. */
final class FilterValuesKnown implements Policy<RawFilter> {

	@Override
	public Optional<Refusal> check(RawFilter raw) {
		if (ListFilter.choice(ListFilter.Scope.class, raw.scope(), ListFilter.Scope.TEAM).isEmpty()) {
			return Optional.of(Refusal.of("scope", "intake.list.unknownValue", "wie"));
		}
		if (ListFilter.choice(ListFilter.StateFilter.class, raw.state(), ListFilter.StateFilter.OPEN).isEmpty()) {
			return Optional.of(Refusal.of("state", "intake.list.unknownValue", "status"));
		}
		if (ListFilter.choice(ListFilter.NormFilter.class, raw.norm(), ListFilter.NormFilter.ANY).isEmpty()) {
			return Optional.of(Refusal.of("norm", "intake.list.unknownValue", "norm"));
		}
		if (ListFilter.choice(ListFilter.SortOrder.class, raw.sort(), ListFilter.SortOrder.URGENCY).isEmpty()) {
			return Optional.of(Refusal.of("sort", "intake.list.unknownValue", "sorteer"));
		}
		if (raw.crisis() != null && !raw.crisis().isBlank()
				&& !raw.crisis().matches("(?i)ja|nee|true|false")) {
			return Optional.of(Refusal.of("crisis", "intake.list.unknownValue", "crisis"));
		}
		return Optional.empty();
	}
}
