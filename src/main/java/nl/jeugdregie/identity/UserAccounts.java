package nl.jeugdregie.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates and lists user accounts. */
public interface UserAccounts {

	CurrentUser create(NewUserAccount account);

	List<CurrentUser> ofTeam(TeamId team);

	boolean exists(String username);

	/** TOE-13: the expertises of a professional. */
	Set<Expertise> expertiseOf(String username);

	/** TOE-13: replaces a professional's expertises. */
	void replaceExpertise(String username, Set<Expertise> expertise);

	/** The enabled account with this name, if any. */
	Optional<CurrentUser> find(String username);
}
