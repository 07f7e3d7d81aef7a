package nl.jeugdregie.messaging.internal.terms;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** A page number from 1 and a page size from 1 to {@link TermFilter#MAX_SIZE}: the list is never read whole. */
final class TermPageWithinBounds implements Policy<RawTermFilter> {

	@Override
	public Optional<Refusal> check(RawTermFilter raw) {
		var page = number(raw.page(), 1);
		if (page == null || page < 1) {
			return Optional.of(Refusal.of("page", "messaging.terms.page"));
		}
		var size = number(raw.size(), TermFilter.DEFAULT_SIZE);
		if (size == null || size < 1 || size > TermFilter.MAX_SIZE) {
			return Optional.of(Refusal.of("size", "messaging.terms.size", TermFilter.MAX_SIZE));
		}
		return Optional.empty();
	}

	static @Nullable Integer number(@Nullable String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.valueOf(value.strip());
		} catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
