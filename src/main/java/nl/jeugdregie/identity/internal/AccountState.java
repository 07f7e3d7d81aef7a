package nl.jeugdregie.identity.internal;

/** Whether a logged-in account may go on working (issue 14), asked on every request. */
public enum AccountState {
	/** Enabled, within its active period, with a password of its own. */
	ACTIVE,
	/** Active, but still on the one-time password the administrator gave: must choose a new one first. */
	MUST_CHANGE_PASSWORD,
	/** Deactivated, outside its active period, or gone: every further request is refused. */
	INACTIVE;

	/**
	 * SQL condition on {@code app_user}: enabled and within the active period on the date given twice as the next
	 * two parameters. Dates from the injected clock, never the database's {@code current_date}.
	 */
	public static final String ACTIVE_ON = "enabled and (active_from is null or active_from <= ?) "
			+ "and (active_until is null or active_until >= ?)";
}
