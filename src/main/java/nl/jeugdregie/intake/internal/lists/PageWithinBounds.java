package nl.jeugdregie.intake.internal.lists;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** A page number from 1 and a page size from 1 to {@link ListFilter#MAX_SIZE}: no list is read whole at once. */
final class PageWithinBounds implements Policy<RawFilter> {

	@Override
	public Optional<Refusal> check(RawFilter raw) {
		var page = number(raw.page(), 1);
		if (page == null || page < 1) {
			return Optional.of(Refusal.of("page", "intake.list.page"));
		}
		var size = number(raw.size(), ListFilter.DEFAULT_SIZE);
		if (size == null || size < 1 || size > ListFilter.MAX_SIZE) {
			return Optional.of(Refusal.of("size", "intake.list.size", ListFilter.MAX_SIZE));
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
