package nl.jeugdregie.intake.internal.team;

import java.util.Optional;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Issue 13, item 6: a request goes to a case worker who treats it: a youth professional or a behavioural expert of
 * the request's team, never a team lead (nor a generic team account, which has the team lead's role). The role is
 * {@code null} when the chosen user is not of the request's team.
 */
final class AssigneeIsCaseWorker implements Policy<@Nullable Role> {

	static boolean offered(Role role) {
		return role == Role.YOUTH_PROFESSIONAL || role == Role.BEHAVIOURAL_EXPERT;
	}

	@Override
	public Optional<Refusal> check(@Nullable Role role) {
		return role != null && offered(role) ? Optional.empty()
				: Optional.of(Refusal.of("professional", "intake.assignment.caseWorker"));
	}
}
