package nl.jeugdregie.identity.internal;

import org.jspecify.annotations.Nullable;

/**
 * The fields every account form has: the username, the name shown and the e-mail address. A mutable bean, so what
 * was typed is shown back next to an error; the user pages and the regional administrator's first-administrator
 * page extend it.
 */
public abstract class AccountFields {

	private @Nullable String username;
	private @Nullable String displayName;
	private @Nullable String email;

	public @Nullable String getUsername() {
		return username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}
}
