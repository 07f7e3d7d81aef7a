package nl.jeugdregie.platform.paging;

/** Which page of a list to show: its number from 1 and at most how many rows, as a list's filter holds them. */
public interface PageChoice {

	/** The page, from 1. */
	int page();

	/** At most this many rows a page. */
	int size();

	/** How many rows come before this page. */
	default long offset() {
		return (long) (page() - 1) * size();
	}
}
