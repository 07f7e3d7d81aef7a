package nl.jeugdregie.identity.internal.municipalities;

import nl.jeugdregie.identity.internal.AccountFields;
import org.jspecify.annotations.Nullable;

/**
 * The forms of the regional administrator's pages: a new municipality (CBS code, name) or its first administrator
 * (username, name, e-mail). {@code confirmed} is set by the check step's button, so the first post only checks.
 */
public class MunicipalityForm extends AccountFields {

	private @Nullable String code;
	private @Nullable String name;
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
