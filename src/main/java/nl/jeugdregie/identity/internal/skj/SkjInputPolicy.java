package nl.jeugdregie.identity.internal.skj;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * SEC-1: an SKJ number is digits only (the register gives 5 to 12; spaces and letters are typing errors) and comes
 * with the date the registration runs until; the one without the other is refused. Both empty removes it.
 */
final class SkjInputPolicy implements Policy<SkjInput> {

	@Override
	public Optional<Refusal> check(SkjInput input) {
		return all(input).stream().findFirst();
	}

	List<Refusal> all(SkjInput input) {
		var refusals = new ArrayList<Refusal>();
		if (input.empty()) {
			return refusals;
		}
		if (input.number() == null) {
			refusals.add(Refusal.of("skjNumber", "identity.skj.numberMissing"));
		}
		else if (!input.number().matches("\\d{5,12}")) {
			refusals.add(Refusal.of("skjNumber", "identity.skj.numberDigits"));
		}
		if (input.registeredUntil() == null) {
			refusals.add(Refusal.of("skjRegisteredUntil", "identity.skj.dateMissing"));
		}
		return refusals;
	}
}
