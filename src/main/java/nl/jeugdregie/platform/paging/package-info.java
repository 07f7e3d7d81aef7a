/** Paging of lists: a page number and size as typed in a query string, and the one rule that keeps them in bounds. */
@NullMarked
package nl.jeugdregie.platform.paging;

import org.jspecify.annotations.NullMarked;
