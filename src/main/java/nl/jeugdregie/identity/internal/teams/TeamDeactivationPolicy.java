package nl.jeugdregie.identity.internal.teams;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 14: a team is deactivated only when nothing depends on it any more: no active members (they move to another
 * team or are deactivated first) and no open work (help requests closed or handed over). A deactivated team keeps
 * its name and history, and gets no new requests or members. Each reason is a Dutch sentence for the administrator.
 */
final class TeamDeactivationPolicy {

	private TeamDeactivationPolicy() {}

	/**
	 * @param openWork the open work of the team in Dutch ("3 open hulpvragen"), one entry per kind that has any
	 */
	static List<String> check(boolean active, long activeMembers, List<String> openWork) {
		if (!active) {
			return List.of("Dit team is al gedeactiveerd.");
		}
		var reasons = new ArrayList<String>();
		if (activeMembers > 0) {
			reasons.add("Het team heeft nog " + activeMembers + (activeMembers == 1 ? " actieve medewerker" : " actieve medewerkers")
					+ ". Zet " + (activeMembers == 1 ? "deze medewerker" : "hen") + " eerst in een ander team of deactiveer "
					+ (activeMembers == 1 ? "het account." : "hun accounts."));
		}
		for (var work : openWork) {
			reasons.add("Het team heeft nog " + work + ". Sluit ze eerst af of draag ze over aan een ander team.");
		}
		return reasons;
	}
}
