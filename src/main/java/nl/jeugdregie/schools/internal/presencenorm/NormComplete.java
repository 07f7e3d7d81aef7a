package nl.jeugdregie.schools.internal.presencenorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** OND-2: a norm names its subject and period and asks 1 to 31 contacts in that period (the table's bounds). */
final class NormComplete implements Policy<NormDraft> {

	static final int MAXIMUM = 31;

	@Override
	public Optional<Refusal> check(NormDraft draft) {
		return all(draft).stream().findFirst();
	}

	static List<Refusal> all(NormDraft draft) {
		var refusals = new ArrayList<Refusal>();
		if (draft.subject() == null) {
			refusals.add(Refusal.of("subject", "schools.norm.subject.required"));
		}
		if (draft.period() == null) {
			refusals.add(Refusal.of("period", "schools.norm.period.required"));
		}
		if (draft.minimum() == null || draft.minimum() < 1 || draft.minimum() > MAXIMUM) {
			refusals.add(Refusal.of("minimum", "schools.norm.minimum.range", MAXIMUM));
		}
		return refusals;
	}
}
