package nl.jeugdregie.intake.internal.lists;

import nl.jeugdregie.platform.paging.PageWithinBounds;
import nl.jeugdregie.platform.paging.RawPage;
import org.jspecify.annotations.Nullable;

/** The filter as typed in a query string, before {@link FilterValuesKnown} and {@link PageWithinBounds} judge it. */
record RawFilter(@Nullable String scope, @Nullable String state, @Nullable String norm, @Nullable String crisis,
		@Nullable String sort, @Nullable String page, @Nullable String size) implements RawPage {

	static RawFilter empty() {
		return new RawFilter(null, null, null, null, null, null, null);
	}
}
