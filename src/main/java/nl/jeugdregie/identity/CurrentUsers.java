package nl.jeugdregie.identity;

import java.util.Optional;

/** Gives the user on whose behalf the current request runs. */
public interface CurrentUsers {

	/** The logged-in user; fails when nobody is logged in, which the security rules prevent. */
	CurrentUser current();

	Optional<CurrentUser> find();
}
