package nl.jeugdregie.policy;

import java.util.Arrays;
import java.util.Optional;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Why a norm change is refused. The code is stable: the REST API uses it in the problem type, so clients
 * can switch on it. A refusal itself is a platform {@link Refusal} (or, for {@link #NOT_ADMINISTRATOR}, a forbidden
 * {@link Outcome}) whose message code starts with {@link #messageCode()}.
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

	/** The message code of this reason in messages-policy.properties (a range adds the unit: {@code ….WEEKS}). */
	public String messageCode() {
		return "norm.refusal." + name();
	}

	/** The reason of a norm change's refusal, read from its message code. */
	public static NormChangeRefusal of(Refusal refusal) {
		return ofCode(refusal.code())
				.orElseThrow(() -> new IllegalArgumentException("Not a norm change refusal: " + refusal.code()));
	}

	/** The reason a norm change was refused or forbidden; empty when it was scheduled. */
	public static Optional<NormChangeRefusal> in(Outcome<?> outcome) {
		return switch (outcome) {
			case Outcome.Refused<?>(var refusals) -> ofCode(refusals.getFirst().code());
			case Outcome.Forbidden<?>(String code) -> ofCode(code);
			case Outcome.Done<?> _, Outcome.NotFound<?> _, Outcome.Stale<?> _ -> Optional.empty();
		};
	}

	private static Optional<NormChangeRefusal> ofCode(String messageCode) {
		return Arrays.stream(values())
				.filter(r -> messageCode.equals(r.messageCode()) || messageCode.startsWith(r.messageCode() + "."))
				.findFirst();
	}
}
