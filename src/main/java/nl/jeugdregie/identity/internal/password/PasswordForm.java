package nl.jeugdregie.identity.internal.password;

import org.jspecify.annotations.Nullable;

/** The password change form; never shown back filled in. */
public class PasswordForm {

	private @Nullable String currentPassword;
	private @Nullable String newPassword;
	private @Nullable String repeatedPassword;

	public @Nullable String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(@Nullable String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public @Nullable String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(@Nullable String newPassword) {
		this.newPassword = newPassword;
	}

	public @Nullable String getRepeatedPassword() {
		return repeatedPassword;
	}

	public void setRepeatedPassword(@Nullable String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}
}
