package nl.jeugdregie.messaging.internal.terms;

import nl.jeugdregie.platform.paging.PageWithinBounds;
import nl.jeugdregie.platform.paging.RawPage;
import org.jspecify.annotations.Nullable;

/** The worklist's filter as typed in a query string, before {@link TermFilterValuesKnown} and
 * {@link PageWithinBounds}.
 */
record RawTermFilter(@Nullable String flow, @Nullable String status, @Nullable String provider, @Nullable String side,
		@Nullable String page, @Nullable String size) implements RawPage {

	static RawTermFilter empty() {
		return new RawTermFilter(null, null, null, null, null, null);
	}
}
