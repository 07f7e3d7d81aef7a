package nl.jeugdregie.intake.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: paging from page 1 with at most 100 rows a page, so no list is read whole. */
class PageWithinBoundsUnitTests {

	private final PageWithinBounds rule = new PageWithinBounds();

	private static RawFilter paged(String page, String size) {
		return new RawFilter(null, null, null, null, null, page, size);
	}

	@Test
	void acceptsPagesFromOneAndSizesUpToAHundred() {
		assertThat(rule.check(paged("1", "100"))).isEmpty();
		assertThat(rule.check(paged(null, null))).isEmpty();
	}

	@Test
	@DisplayName("Issue 13: page 0, a size of 101 and text are refused")
	void refusesOutOfBounds() {
		assertThat(rule.check(paged("0", null))).get().extracting("field").isEqualTo("page");
		assertThat(rule.check(paged(null, "101"))).get().extracting("field").isEqualTo("size");
		assertThat(rule.check(paged("twee", null))).get().extracting("field").isEqualTo("page");
	}
}
