package nl.jeugdregie.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: paging from page 1 with at most the list's maximum a page, so no list is read whole. */
class PageWithinBoundsUnitTests {

	record Paged(@Nullable String page, @Nullable String size) implements RawPage {}

	private final PageWithinBounds<Paged> rule = new PageWithinBounds<>(25, 100, "list.page", "list.size");

	@Test
	void acceptsPagesFromOneAndSizesUpToTheMaximum() {
		assertThat(rule.check(new Paged("1", "100"))).isEmpty();
		assertThat(rule.check(new Paged(" 3 ", "1"))).isEmpty();
		assertThat(rule.check(new Paged(null, null))).isEmpty();
	}

	@Test
	@DisplayName("Issue 13: page 0, a size of 101 and text are refused, with the list's own message codes")
	void refusesOutOfBounds() {
		assertThat(rule.check(new Paged("0", null))).contains(Refusal.of("page", "list.page"));
		assertThat(rule.check(new Paged("twee", null))).contains(Refusal.of("page", "list.page"));
		assertThat(rule.check(new Paged(null, "101"))).contains(Refusal.of("size", "list.size", 100));
		assertThat(rule.check(new Paged(null, "0"))).contains(Refusal.of("size", "list.size", 100));
	}

	@Test
	void readsMissingNumbersAsTheDefault() {
		assertThat(PageWithinBounds.number(null, 1)).isEqualTo(1);
		assertThat(PageWithinBounds.number(" ", 25)).isEqualTo(25);
		assertThat(PageWithinBounds.number("7", 25)).isEqualTo(7);
		assertThat(PageWithinBounds.number("zeven", 25)).isNull();
	}
}
