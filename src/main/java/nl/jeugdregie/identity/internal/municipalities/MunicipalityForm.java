package nl.jeugdregie.identity.internal.municipalities;

import org.jspecify.annotations.Nullable;

/**
 * The forms of the regional administrator's pages: a new municipality (CBS code, name) or its first administrator
 * (username, name, e-mail). {@code confirmed} is set by the check step's button, so the first post only checks.
 */
public class MunicipalityForm {

	private @Nullable String code;
	private @Nullable String name;
	private @Nullable String username;
	private @Nullable String displayName;
	private @Nullable String email;
	private boolean confirmed;
	private boolean change;

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

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

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

	/** Set by the check step's "Wijzigen" button: back to the form with what was typed. */
	public boolean isChange() {
		return change;
	}

	public void setChange(boolean change) {
		this.change = change;
	}
}
