package nl.jeugdregie.messaging.internal.terms;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** Every filter value is one the worklist knows: a mistyped link is told so instead of silently showing everything. */
final class TermFilterValuesKnown implements Policy<RawTermFilter> {

	@Override
	public Optional<Refusal> check(RawTermFilter raw) {
		if (TermFilter.flow(raw.flow()).isEmpty()) {
			return Optional.of(Refusal.of("flow", "messaging.terms.unknownValue", "berichtenstroom"));
		}
		if (TermFilter.StatusFilter.read(raw.status()).isEmpty()) {
			return Optional.of(Refusal.of("status", "messaging.terms.unknownValue", "status"));
		}
		if (TermFilter.provider(raw.provider()).isEmpty()) {
			return Optional.of(Refusal.of("provider", "messaging.terms.provider"));
		}
		if (TermFilter.side(raw.side()).isEmpty()) {
			return Optional.of(Refusal.of("side", "messaging.terms.unknownValue", "wie is aan zet"));
		}
		return Optional.empty();
	}
}
