package nl.jeugdregie.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: one page of a longer list says which rows it shows and links the pages GOV.UK style. */
class PagedListUnitTests {

	record Choice(int page, int size) implements PageChoice {}

	record Page(Choice filter, List<String> rows, long total) implements PagedList {}

	private static Page page(int number, int size, long total) {
		var shown = (int) Math.max(0, Math.min(size, total - (long) (number - 1) * size));
		return new Page(new Choice(number, size), Collections.nCopies(shown, "rij"), total);
	}

	@Test
	@DisplayName("Issue 13: rows 26 to 50 of 60 on page 2 of 25, with a previous and a next page")
	void showsWhichRows() {
		var second = page(2, 25, 60);

		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.firstShown()).isEqualTo(26);
		assertThat(second.lastShown()).isEqualTo(50);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isTrue();
		assertThat(page(3, 25, 60).lastShown()).isEqualTo(60);
		assertThat(page(3, 25, 60).hasNext()).isFalse();
	}

	@Test
	@DisplayName("An empty list is one page showing nothing")
	void emptyList() {
		var empty = page(1, 25, 0);

		assertThat(empty.pages()).isEqualTo(1);
		assertThat(empty.firstShown()).isZero();
		assertThat(empty.lastShown()).isZero();
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
	}

	@Test
	@DisplayName("Issue 13: links to the first, the last and the current page with its neighbours; 0 is an ellipsis")
	void linksThePages() {
		assertThat(page(5, 10, 100).pageLinks()).containsExactly(1L, 0L, 4L, 5L, 6L, 0L, 10L);
		assertThat(page(1, 10, 30).pageLinks()).containsExactly(1L, 2L, 3L);
	}
}
