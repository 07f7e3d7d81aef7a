package nl.jeugdregie.search;

import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * Finds a module's client files for the search box (issue 13). Implemented by the modules that hold client files
 * (intake: help requests; plans: households), so search needs to know none of them. Only files of the given
 * municipality; at most {@code limit}, best match first. Access is decided by search, not by the finder.
 */
public interface FileFinder {

	List<FoundFile> find(SearchTerms terms, MunicipalityCode municipality, int limit);
}
