package nl.jeugdregie.intake.internal.team;

import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Team;

/** TOE-13: a team's professionals with expertise and caseload, and which expertises the team holds. */
public record TeamOverview(Team team, List<TeamMember> members) {

	public record Coverage(Expertise expertise, long professionals) {

		public boolean missing() {
			return professionals == 0;
		}
	}

	public List<Coverage> coverage() {
		return Arrays.stream(Expertise.values())
				.map(e -> new Coverage(e, members.stream().filter(m -> m.has(e)).count()))
				.toList();
	}

	public List<Expertise> missing() {
		return coverage().stream().filter(Coverage::missing).map(Coverage::expertise).toList();
	}

	public boolean holdsAllExpertise() {
		return coverage().stream().noneMatch(Coverage::missing);
	}
}
