package nl.jeugdregie.messaging.internal.requests;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdregie.identity.Role;

/**
 * Who works the providers' requests: the roles that decide allocations (the access team's case workers, as for
 * arrangements and decisions), in their own municipality. A provider reads only its own answers through the API.
 */
final class RequestRoles {

	static final Set<Role> ANSWERERS = Arrays.stream(Role.values()).filter(Role::worksOnCases)
			.collect(Collectors.toUnmodifiableSet());

	private RequestRoles() {}
}
