package nl.jeugdregie.intake.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: the request lists page from page 1 with at most 100 rows a page, so no list is read whole. */
class PageWithinBoundsUnitTests {

	private static Outcome<ListFilter> paged(String page, String size) {
		return Filters.read(new RawFilter(null, null, null, null, null, page, size), ListFilter.worklist());
	}

	@Test
	void acceptsPagesFromOneAndSizesUpToAHundred() {
		assertThat(paged("1", "100")).isInstanceOf(Outcome.Done.class);
		assertThat(paged(null, null)).isInstanceOf(Outcome.Done.class);
	}

	@Test
	@DisplayName("Issue 13: page 0, a size of 101 and text are refused")
	void refusesOutOfBounds() {
		assertThat(paged("0", null)).isEqualTo(Outcome.refused(Refusal.of("page", "intake.list.page")));
		assertThat(paged(null, "101")).isEqualTo(Outcome.refused(Refusal.of("size", "intake.list.size", 100)));
		assertThat(paged("twee", null)).isEqualTo(Outcome.refused(Refusal.of("page", "intake.list.page")));
	}
}
