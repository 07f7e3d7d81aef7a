package nl.jeugdregie.intake.internal.team;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 13, item 6: requests go to youth professionals and behavioural experts only. */
class AssigneeIsCaseWorkerUnitTests {

	@ParameterizedTest
	@EnumSource(Role.class)
	@DisplayName("Issue 13: only a youth professional or behavioural expert is offered and accepted; never a team lead")
	void acceptsOnlyCaseWorkersWhoTreat(Role role) {
		var accepted = role == Role.YOUTH_PROFESSIONAL || role == Role.BEHAVIOURAL_EXPERT;
		assertThat(AssigneeIsCaseWorker.offered(role)).isEqualTo(accepted);
		assertThat(new AssigneeIsCaseWorker().check(role).isEmpty()).isEqualTo(accepted);
	}

	@org.junit.jupiter.api.Test
	void refusesSomeoneOutsideTheTeam() {
		assertThat(new AssigneeIsCaseWorker().check(null)).get().extracting("code").isEqualTo("intake.assignment.caseWorker");
	}
}
