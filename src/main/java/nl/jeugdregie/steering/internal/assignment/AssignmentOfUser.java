package nl.jeugdregie.steering.internal.assignment;

import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.steering.internal.norms.NormRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which assignment a user works on. A provider's account holder sees only the assignment its account is linked to
 * (steering_provider_account), never another provider's; the municipality's staff see its latest assignment.
 */
@Component
public class AssignmentOfUser {

	private final SteeringRepository steering;
	private final NormRepository norms;

	AssignmentOfUser(SteeringRepository steering, NormRepository norms) {
		this.steering = steering;
		this.norms = norms;
	}

	@Transactional(readOnly = true)
	public Optional<Assignment> of(CurrentUser user) {
		if (user.role() == Role.PROVIDER) {
			return norms.linkedAssignment(user.username()).flatMap(steering::assignment)
					.filter(assignment -> assignment.municipalityCode().equals(user.municipality().value()));
		}
		return steering.latestAssignment(user.municipality());
	}

	/** Whether the user may see this assignment's parts. */
	boolean sees(CurrentUser user, long assignmentId) {
		return of(user).map(assignment -> assignment.id() == assignmentId).orElse(false);
	}
}
