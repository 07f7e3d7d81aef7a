package nl.jeugdregie.identity.internal.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: a team is deactivated only without active members and open work")
class TeamDeactivationPolicyUnitTests {

	@Test
	void allowsDeactivatingAnActiveTeamWithoutMembersOrOpenWork() {
		assertThat(TeamDeactivationPolicy.check(true, 0, List.of())).isEmpty();
	}

	@Test
	void refusesWhileTheTeamHasActiveMembers() {
		assertThat(TeamDeactivationPolicy.check(true, 1, List.of())).containsExactly(
				"Het team heeft nog 1 actieve medewerker. Zet deze medewerker eerst in een ander team of deactiveer het account.");
		assertThat(TeamDeactivationPolicy.check(true, 3, List.of())).singleElement().asString()
				.startsWith("Het team heeft nog 3 actieve medewerkers.");
	}

	@Test
	void refusesWhileTheTeamHasOpenWorkNamingEachKind() {
		assertThat(TeamDeactivationPolicy.check(true, 0, List.of("2 open hulpvragen"))).containsExactly(
				"Het team heeft nog 2 open hulpvragen. Sluit ze eerst af of draag ze over aan een ander team.");
	}

	@Test
	void refusesDeactivatingATeamThatIsAlreadyDeactivated() {
		assertThat(TeamDeactivationPolicy.check(false, 0, List.of())).containsExactly("Dit team is al gedeactiveerd.");
	}
}
