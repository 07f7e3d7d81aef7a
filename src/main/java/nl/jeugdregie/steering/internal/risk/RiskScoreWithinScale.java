package nl.jeugdregie.steering.internal.risk;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * STU-3: probability (kans) and damage (schade) are each scored 1 (low), 2 or 3 (high), as in the memo's
 * risk tables; anything else is refused, each field with its own reason.
 */
public final class RiskScoreWithinScale {

	static final int LOWEST = 1;
	static final int HIGHEST = 3;

	sealed interface Result {}

	public record Accepted(RiskScore score) implements Result {}

	public record Refused(List<Refusal> refusals) implements Result {}

	public Result check(@Nullable Integer probability, @Nullable Integer damage) {
		var refusals = new ArrayList<Refusal>();
		check("probability", probability, refusals);
		check("damage", damage, refusals);
		if (!refusals.isEmpty() || probability == null || damage == null) {
			return new Refused(List.copyOf(refusals));
		}
		return new Accepted(new RiskScore(probability, damage));
	}

	private static void check(String field, @Nullable Integer value, List<Refusal> refusals) {
		if (value == null) {
			refusals.add(Refusal.of(field, "steering.refusal." + field + ".missing"));
		}
		else if (value < LOWEST || value > HIGHEST) {
			refusals.add(Refusal.of(field, "steering.refusal." + field + ".outOfScale", LOWEST, HIGHEST));
		}
	}
}
