package nl.jeugdregie.plans.internal.household;

import java.util.List;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.plans.HouseholdId;
import org.jspecify.annotations.Nullable;

/**
 * PLAN-3: a young person found in more than one household ("één gezin, één plan, één regisseur"), for the team
 * lead to merge; {@code names} as recorded on the members, null when only linked requests show it.
 */
public record DuplicateYoungPerson(@Nullable String names, List<InHousehold> households) {

	public DuplicateYoungPerson {
		households = List.copyOf(households);
	}

	public record InHousehold(HouseholdId id, String number, String name, TeamId team, String caseDirector) {}

	boolean involves(TeamId team) {
		return households.stream().anyMatch(h -> h.team().equals(team));
	}
}
