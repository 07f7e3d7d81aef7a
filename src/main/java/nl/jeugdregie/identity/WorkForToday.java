package nl.jeugdregie.identity;

import java.util.List;

/**
 * What needs a user today, for their start page (issue 13, item 3). Modules that hold work implement it (intake:
 * help requests and their terms; plans: MDOs and young people turning 18; monitoring: KPIs), so identity, which
 * shows the start page, needs to know none of them. Items carry counts and links, never personal data.
 */
public interface WorkForToday {

	/** The items for this user's role; empty when the module has nothing for it. */
	List<TodayItem> itemsFor(CurrentUser user);
}
