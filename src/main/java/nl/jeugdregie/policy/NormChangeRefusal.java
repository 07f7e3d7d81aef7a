package nl.jeugdregie.policy;

/**
 * Why a norm change is refused. The code is stable: the REST API uses it in the problem type, so clients
 * can switch on it.
 */
public enum NormChangeRefusal {

	/** Only the application administrator changes norms. */
	NOT_ADMINISTRATOR("alleen-applicatiebeheerder"),
	/** The amount lies outside what makes sense for the norm's unit (for example 0 weeks or 60 weeks). */
	AMOUNT_OUT_OF_RANGE("waarde-buiten-bereik"),
	/** The effective date lies before today: requests already registered keep the norm they were registered under. */
	EFFECTIVE_DATE_IN_PAST("ingangsdatum-in-verleden"),
	/** A value for this norm already applies from today; replacing it would change requests registered today. */
	VALUE_ALREADY_IN_EFFECT("waarde-al-van-kracht"),
	/** The effective date lies more than the planning horizon ahead: almost always a typo in the year. */
	EFFECTIVE_DATE_TOO_FAR_AHEAD("ingangsdatum-te-ver-vooruit"),
	/** Office hours would open at or after they close, so a crisis would never be picked up directly (TOE-10). */
	OFFICE_HOURS_REVERSED("openingsuur-na-sluitingsuur");

	private final String code;

	NormChangeRefusal(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
