package nl.jeugdregie.identity.internal;

import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextCurrentUsers implements CurrentUsers {

	@Override
	public CurrentUser current() {
		return find().orElseThrow(() -> new IllegalStateException("No user is logged in"));
	}

	@Override
	public Optional<CurrentUser> find() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}
}
