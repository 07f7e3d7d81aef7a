package nl.jeugdregie.platform.paging;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a longer list, as its page shows it (issue 13): which rows are shown of how many, and the page links
 * GOV.UK style. A list's record implements it with its components {@code filter}, {@code rows} and {@code total};
 * its template shows the links with the {@code fragments/lists :: pagination} fragment.
 */
public interface PagedList {

	/** The filter that chose the page. */
	PageChoice filter();

	/** The rows this page shows. */
	List<?> rows();

	/** How many rows the whole list has. */
	long total();

	default long pages() {
		return Math.max(1, (total() + filter().size() - 1) / filter().size());
	}

	default boolean hasPrevious() {
		return filter().page() > 1;
	}

	default boolean hasNext() {
		return filter().page() < pages();
	}

	default long firstShown() {
		return total() == 0 ? 0 : filter().offset() + 1;
	}

	default long lastShown() {
		return filter().offset() + rows().size();
	}

	/** The page numbers to link, GOV.UK style: first, last, and the current one with its neighbours; 0 is an ellipsis. */
	default List<Long> pageLinks() {
		var links = new ArrayList<Long>();
		long current = filter().page();
		long last = pages();
		for (long p = 1; p <= last; p++) {
			if (p == 1 || p == last || Math.abs(p - current) <= 1) {
				links.add(p);
			}
			else if (!links.isEmpty() && links.getLast() != 0L) {
				links.add(0L);
			}
		}
		return links;
	}
}
