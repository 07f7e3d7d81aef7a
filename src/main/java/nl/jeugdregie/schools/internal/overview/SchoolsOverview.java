package nl.jeugdregie.schools.internal.overview;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.schools.SchoolType;

/**
 * OND-1, OND-3: the municipality's connection figures, as the council letter gives them: locations, "extra" agreed
 * and realised, "basis". Counts of locations, not of people, so no disclosure control is needed.
 */
public record SchoolsOverview(int locations, int extra, int extraRealised, int basis, int withoutCover,
		Map<SchoolType, Integer> perType, int familyContactPersons, List<String> extraPlanned) {

	public int extraPlannedCount() {
		return extra - extraRealised;
	}
}
