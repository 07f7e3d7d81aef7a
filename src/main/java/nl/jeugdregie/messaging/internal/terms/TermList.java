package nl.jeugdregie.messaging.internal.terms;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.platform.paging.PagedList;

/** One page of the worklist with the filter that chose it, the total, and the providers' names by AGB code. */
public record TermList(TermFilter filter, List<ListedTerm> rows, long total, Map<String, String> providerNames,
		boolean providerView) implements PagedList {

	public TermList {
		rows = List.copyOf(rows);
		providerNames = Map.copyOf(providerNames);
	}

	/** The provider's name and AGB code, or the code alone for a provider not (yet) in the municipality's list. */
	public String provider(String agb) {
		var name = providerNames.get(agb);
		return name == null ? "AGB " + agb : name + " (AGB " + agb + ")";
	}
}
