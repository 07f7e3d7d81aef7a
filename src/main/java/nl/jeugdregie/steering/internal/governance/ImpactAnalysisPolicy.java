package nl.jeugdregie.steering.internal.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.Amounts;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import org.jspecify.annotations.Nullable;

/**
 * Memo 001 6.3 (STU-6): no new assignment without an impact analysis. It describes the current and the desired
 * situation, the fit with the existing assignment and the source of funds, and names the FTE and budget it needs:
 * zero or more, never negative. Texts are checked for presence; the numbers for form and sign.
 */
public final class ImpactAnalysisPolicy {

	static final int MAX_TEXT = 2000;

	/** A valid impact analysis, or the refusals. */
	sealed interface Result {}

	public record Valid(String title, String currentSituation, String desiredSituation, String fit, BigDecimal fte,
			long budgetCents, String sourceOfFunds, TargetGroup targetGroup) implements Result {}

	record Invalid(List<Refusal> refusals) implements Result {}

	Result check(@Nullable String title, @Nullable String currentSituation, @Nullable String desiredSituation,
			@Nullable String fit, @Nullable String fte, @Nullable String budget, @Nullable String sourceOfFunds,
			@Nullable String targetGroup) {
		var refusals = new ArrayList<Refusal>();
		var texts = new String[] { text(refusals, "title", title, 200), text(refusals, "currentSituation", currentSituation, MAX_TEXT),
				text(refusals, "desiredSituation", desiredSituation, MAX_TEXT), text(refusals, "fit", fit, MAX_TEXT),
				text(refusals, "sourceOfFunds", sourceOfFunds, MAX_TEXT) };
		var ftes = number(refusals, "fte", fte, false);
		var cents = number(refusals, "budget", budget, true);
		TargetGroup group = null;
		for (var candidate : TargetGroup.values()) {
			if (targetGroup != null && candidate.name().equals(targetGroup.strip())) {
				group = candidate;
			}
		}
		if (group == null) {
			refusals.add(Refusal.of("targetGroup", "steering.refusal.targetGroup.missing"));
		}
		if (!refusals.isEmpty() || ftes == null || cents == null || group == null) {
			return new Invalid(List.copyOf(refusals));
		}
		return new Valid(texts[0], texts[1], texts[2], texts[3], ftes, cents.movePointRight(2).longValueExact(), texts[4],
				group);
	}

	private static String text(List<Refusal> refusals, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			refusals.add(Refusal.of(field, "steering.refusal.impact." + field + ".missing"));
			return "";
		}
		if (value.strip().length() > max) {
			refusals.add(Refusal.of(field, "steering.refusal.impact.tooLong", max));
		}
		return value.strip();
	}

	/** Reads "1,50" or "12.500,00"; a minus sign is refused as negative, anything else unreadable as malformed. */
	private static @Nullable BigDecimal number(List<Refusal> refusals, String field, @Nullable String value,
			boolean money) {
		if (value == null || value.isBlank()) {
			refusals.add(Refusal.of(field, "steering.refusal.impact." + field + ".missing"));
			return null;
		}
		var text = value.strip();
		if (text.startsWith("-") || text.startsWith("−")) {
			refusals.add(Refusal.of(field, "steering.refusal.impact." + field + ".negative"));
			return null;
		}
		if (money) {
			var cents = Amounts.parseEuroCents(text).filter(amount -> amount <= Amounts.MAX_LINE_CENTS);
			if (cents.isEmpty()) {
				refusals.add(Refusal.of(field, "steering.refusal.impact." + field + ".malformed"));
				return null;
			}
			return BigDecimal.valueOf(cents.get(), 2);
		}
		var parsed = Amounts.parseFte(text).filter(fte -> fte.compareTo(Amounts.MAX_FTE) <= 0);
		if (parsed.isEmpty()) {
			refusals.add(Refusal.of(field, "steering.refusal.impact." + field + ".malformed"));
			return null;
		}
		return parsed.get();
	}
}
