package nl.jeugdregie.allocation.internal.provider;

import java.util.Optional;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-3: an AGB code as typed is eight digits with a kind of provider and a number ({@link AgbCode}). */
public final class AgbCodeWellFormed implements Policy<AgbCodeWellFormed.Typed> {

	/** The text typed into the field named {@code field}. */
	public record Typed(String field, String text) {}

	@Override
	public Optional<Refusal> check(Typed typed) {
		if (typed.text() == null || typed.text().isBlank()) {
			return Optional.of(Refusal.of(typed.field(), "allocation.agb.required"));
		}
		return AgbCode.parse(typed.text()).isPresent() ? Optional.empty()
				: Optional.of(Refusal.of(typed.field(), "allocation.agb.invalid"));
	}
}
