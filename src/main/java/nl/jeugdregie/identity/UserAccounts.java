package nl.jeugdregie.identity;

import java.util.List;

/** Creates and lists user accounts. */
public interface UserAccounts {

	CurrentUser create(NewUserAccount account);

	List<CurrentUser> ofTeam(TeamId team);

	boolean exists(String username);
}
