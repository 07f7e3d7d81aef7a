package nl.jeugdregie.identity;

import java.util.List;
import java.util.Optional;

/** Creates and lists user accounts. */
public interface UserAccounts {

	CurrentUser create(NewUserAccount account);

	List<CurrentUser> ofTeam(TeamId team);

	boolean exists(String username);

	/** The enabled account with this name, if any. */
	Optional<CurrentUser> find(String username);
}
