package nl.jeugdregie.identity.internal.teams;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: a team has a name of 2 to 80 characters and a free list of districts (wijken), each named once, at most
 * 80 characters, at most {@value #MAX_DISTRICTS}. Whether the name is taken is the database's to say.
 */
final class TeamInputPolicy {

	static final int MAX_NAME = 80;
	static final int MAX_DISTRICTS = 40;

	private TeamInputPolicy() {}

	static List<FieldProblem> checkName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return List.of(new FieldProblem("name", "Vul de naam van het team in."));
		}
		if (name.strip().length() < 2 || name.strip().length() > MAX_NAME) {
			return List.of(new FieldProblem("name", "Gebruik 2 tot " + MAX_NAME + " tekens voor de naam van het team."));
		}
		return List.of();
	}

	static List<FieldProblem> checkDistricts(List<String> districts) {
		var problems = new ArrayList<FieldProblem>();
		if (districts.size() > MAX_DISTRICTS) {
			problems.add(new FieldProblem("districts", "Geef hoogstens " + MAX_DISTRICTS + " wijken op."));
		}
		var seen = new HashSet<String>();
		for (var district : districts) {
			if (district.length() > MAX_NAME) {
				problems.add(new FieldProblem("districts", "Een wijk heeft hoogstens " + MAX_NAME + " tekens: " + district + "."));
				break;
			}
			if (!seen.add(district.toLowerCase(Locale.ROOT))) {
				problems.add(new FieldProblem("districts", "Noem elke wijk één keer: " + district + " staat er vaker in."));
				break;
			}
		}
		return problems;
	}

	static List<FieldProblem> check(@Nullable String name, List<String> districts) {
		var problems = new ArrayList<>(checkName(name));
		problems.addAll(checkDistricts(districts));
		return problems;
	}

	/** One district per line or list entry, trimmed, empty ones left out. */
	static List<String> districts(@Nullable List<String> raw) {
		return raw == null ? List.of() : raw.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
	}
}
