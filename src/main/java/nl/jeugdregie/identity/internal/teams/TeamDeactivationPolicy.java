package nl.jeugdregie.identity.internal.teams;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Issue 14: a team is deactivated only when nothing depends on it any more: no active members (they move to another
 * team or are deactivated first) and no open work (help requests closed or handed over). A deactivated team keeps
 * its name and history, and gets no new requests or members. Each refusal has a code in messages.properties.
 */
final class TeamDeactivationPolicy {

	private TeamDeactivationPolicy() {}

	/**
	 * @param openWork the open work of the team in Dutch ("3 open hulpvragen"), one entry per kind that has any
	 */
	static List<Refusal> check(boolean active, long activeMembers, List<String> openWork) {
		if (!active) {
			return List.of(Refusal.ofWhole("identity.admin.team.alreadyInactive"));
		}
		var refusals = new ArrayList<Refusal>();
		if (activeMembers > 0) {
			refusals.add(Refusal.ofWhole("identity.admin.team.activeMembers", activeMembers));
		}
		for (var work : openWork) {
			refusals.add(Refusal.ofWhole("identity.admin.team.openWork", work));
		}
		return refusals;
	}
}
