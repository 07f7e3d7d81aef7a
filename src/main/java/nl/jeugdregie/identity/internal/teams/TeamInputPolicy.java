package nl.jeugdregie.identity.internal.teams;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: a team has a name of 2 to 80 characters and a free list of districts (wijken), each named once, at most
 * 80 characters, at most {@value #MAX_DISTRICTS}. Whether the name is taken is the database's to say.
 */
final class TeamInputPolicy {

	static final int MAX_NAME = 80;
	static final int MAX_DISTRICTS = 40;

	private TeamInputPolicy() {}

	static List<Refusal> checkName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return List.of(Refusal.of("name", "identity.admin.team.name.missing"));
		}
		if (name.strip().length() < 2 || name.strip().length() > MAX_NAME) {
			return List.of(Refusal.of("name", "identity.admin.team.name.length", MAX_NAME));
		}
		return List.of();
	}

	static List<Refusal> checkDistricts(List<String> districts) {
		var problems = new ArrayList<Refusal>();
		if (districts.size() > MAX_DISTRICTS) {
			problems.add(Refusal.of("districts", "identity.admin.team.districts.tooMany", MAX_DISTRICTS));
		}
		var seen = new HashSet<String>();
		for (var district : districts) {
			if (district.length() > MAX_NAME) {
				problems.add(Refusal.of("districts", "identity.admin.team.districts.tooLong", MAX_NAME, district));
				break;
			}
			if (!seen.add(district.toLowerCase(Locale.ROOT))) {
				problems.add(Refusal.of("districts", "identity.admin.team.districts.twice", district));
				break;
			}
		}
		return problems;
	}

	static List<Refusal> check(@Nullable String name, List<String> districts) {
		var problems = new ArrayList<>(checkName(name));
		problems.addAll(checkDistricts(districts));
		return problems;
	}

	/** One district per line or list entry, trimmed, empty ones left out. */
	static List<String> districts(@Nullable List<String> raw) {
		return raw == null ? List.of() : raw.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
	}
}
