package nl.jeugdregie.messaging.internal.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One page of the worklist with the filter that chose it, the total, and the providers' names by AGB code. */
public record TermList(TermFilter filter, List<ListedTerm> rows, long total, Map<String, String> providerNames,
		boolean providerView) {

	public TermList {
		rows = List.copyOf(rows);
		providerNames = Map.copyOf(providerNames);
	}

	public long pages() {
		return Math.max(1, (total + filter.size() - 1) / filter.size());
	}

	public boolean hasPrevious() {
		return filter.page() > 1;
	}

	public boolean hasNext() {
		return filter.page() < pages();
	}

	public long firstShown() {
		return total == 0 ? 0 : filter.offset() + 1;
	}

	public long lastShown() {
		return filter.offset() + rows.size();
	}

	/** The provider's name and AGB code, or the code alone for a provider not (yet) in the municipality's list. */
	public String provider(String agb) {
		var name = providerNames.get(agb);
		return name == null ? "AGB " + agb : name + " (AGB " + agb + ")";
	}

	/** The page numbers to link, GOV.UK style: first, last, and the current one with its neighbours; 0 is an ellipsis. */
	public List<Long> pageLinks() {
		var links = new ArrayList<Long>();
		long current = filter.page();
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
