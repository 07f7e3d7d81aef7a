package nl.jeugdregie.steering.internal.effectchain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * STU-2: what the policy officer may write in an effect chain and its indicators. A link's text has at most
 * {@value #MAX_LINK_TEXT} characters and may be empty (the assignment does not describe it); an indicator needs a
 * name, its texts have a maximum length, its target is a number, and its norm belongs to the same assignment.
 */
public final class EffectChainInputPolicy {

	public static final int MAX_LINK_TEXT = 4000;
	public static final int MAX_NAME = 200;
	public static final int MAX_MEASURES = 500;
	public static final int MAX_UNIT = 40;
	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,10}([.,]\\d{1,2})?");

	/** The outcome of checking an indicator: the draft to store, or why not. */
	public sealed interface IndicatorCheck {

		record Accepted(IndicatorDraft draft) implements IndicatorCheck {}

		record Refused(List<Refusal> refusals) implements IndicatorCheck {}
	}

	/** The text of one link, as it will be stored: stripped, with Unix line ends. */
	static String linkText(@Nullable String text) {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	/** Refusals for a link's text; none when it may be stored. */
	public List<Refusal> checkLinkText(String field, @Nullable String text) {
		var stored = linkText(text);
		return stored.length() > MAX_LINK_TEXT ? List.of(Refusal.of(field, "steering.refusal.effectChain.text.tooLong", MAX_LINK_TEXT))
				: List.of();
	}

	/**
	 * Checks an indicator.
	 *
	 * @param normsOfAssignment the ids of the norms of the assignment the indicator's goal belongs to
	 */
	public IndicatorCheck checkIndicator(IndicatorInput input, Set<Long> normsOfAssignment) {
		var refusals = new ArrayList<Refusal>();
		var name = stripped(input.name());
		if (name.isEmpty()) {
			refusals.add(Refusal.of("name", "steering.refusal.indicator.name.missing"));
		}
		else if (name.length() > MAX_NAME) {
			refusals.add(Refusal.of("name", "steering.refusal.indicator.name.tooLong", MAX_NAME));
		}
		var measures = stripped(input.measures());
		if (measures.length() > MAX_MEASURES) {
			refusals.add(Refusal.of("measures", "steering.refusal.indicator.measures.tooLong", MAX_MEASURES));
		}
		var unit = stripped(input.unit());
		if (unit.length() > MAX_UNIT) {
			refusals.add(Refusal.of("unit", "steering.refusal.indicator.unit.tooLong", MAX_UNIT));
		}
		if (input.normId() != null && !normsOfAssignment.contains(input.normId())) {
			refusals.add(Refusal.of("normId", "steering.refusal.indicator.norm.otherAssignment"));
		}
		BigDecimal target = null;
		var typedTarget = stripped(input.target()).replace("%", "").replace(" ", "");
		if (!typedTarget.isEmpty()) {
			if (NUMBER.matcher(typedTarget).matches()) {
				target = new BigDecimal(typedTarget.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY);
			}
			else {
				refusals.add(Refusal.of("target", "steering.refusal.indicator.target.malformed"));
			}
		}
		if (!refusals.isEmpty()) {
			return new IndicatorCheck.Refused(List.copyOf(refusals));
		}
		return new IndicatorCheck.Accepted(new IndicatorDraft(name, measures, unit, input.normId(), target));
	}

	private static String stripped(@Nullable String text) {
		return text == null ? "" : text.strip();
	}
}
