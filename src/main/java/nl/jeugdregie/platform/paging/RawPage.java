package nl.jeugdregie.platform.paging;

import org.jspecify.annotations.Nullable;

/** A list's page number and size as typed in a query string, before {@link PageWithinBounds} judges them. */
public interface RawPage {

	@Nullable String page();

	@Nullable String size();
}
