package nl.jeugdregie.identity.internal.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.platform.result.RefusalTexts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Issue 14: a team is deactivated only without active members and open work")
class TeamDeactivationPolicyUnitTests {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages");

	private static List<String> texts(boolean active, long activeMembers, List<String> openWork) {
		return TeamDeactivationPolicy.check(active, activeMembers, openWork).stream().map(TEXTS::text).toList();
	}

	@Test
	void allowsDeactivatingAnActiveTeamWithoutMembersOrOpenWork() {
		assertThat(TeamDeactivationPolicy.check(true, 0, List.of())).isEmpty();
	}

	@Test
	void refusesWhileTheTeamHasActiveMembers() {
		assertThat(texts(true, 1, List.of())).containsExactly(
				"Het team heeft nog 1 actieve medewerker. Zet deze medewerker eerst in een ander team of deactiveer het account.");
		assertThat(texts(true, 3, List.of())).singleElement().asString()
				.startsWith("Het team heeft nog 3 actieve medewerkers.");
	}

	@Test
	void refusesWhileTheTeamHasOpenWorkNamingEachKind() {
		assertThat(texts(true, 0, List.of("2 open hulpvragen"))).containsExactly(
				"Het team heeft nog 2 open hulpvragen. Sluit ze eerst af of draag ze over aan een ander team.");
	}

	@Test
	void refusesDeactivatingATeamThatIsAlreadyDeactivated() {
		assertThat(texts(false, 0, List.of())).containsExactly("Dit team is al gedeactiveerd.");
	}
}
