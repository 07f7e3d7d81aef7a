package nl.jeugdregie.steering.internal.effectchain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The effect chain of one type of work (STU-2): its five links input → throughput → output → outcome → impact, in
 * that order, and its goals with the indicators that measure them. The changes are named after what the policy
 * officer means to do; each asks {@link EffectChainInputPolicy} and answers with a {@link Decision}, never touching
 * the database itself.
 */
public record EffectChain(long typeOfWorkId, long assignmentId, List<Step> steps, List<GoalIndicators> goals) {

	static final String CHANGED_MEANWHILE = "effectChain.changedMeanwhile";

	/** One link with its text; not described when the text is empty. */
	public record Step(ChainLink link, String text, String source, int version, @Nullable String changedBy,
			@Nullable Instant changedAt) {

		static Step notDescribed(ChainLink link) {
			return new Step(link, "", "", 0, null, null);
		}

		public boolean described() {
			return !text.isBlank();
		}
	}

	/** A goal of the type of work with its indicators. */
	public record GoalIndicators(long goalId, int position, @Nullable String heading, String text,
			List<Indicator> indicators) {

		public GoalIndicators {
			indicators = List.copyOf(indicators);
		}
	}

	/** What a change comes to: the changes to store, refusals, or a goal or indicator the chain does not have. */
	public sealed interface Decision {

		record Accepted(List<ChainChange> changes) implements Decision {}

		record Refused(List<Refusal> refusals) implements Decision {}

		record Unknown() implements Decision {}
	}

	public EffectChain {
		steps = List.copyOf(steps);
		goals = List.copyOf(goals);
		var links = ChainLink.values();
		if (steps.size() != links.length) {
			throw new IllegalArgumentException("An effect chain has exactly " + links.length + " links");
		}
		for (var i = 0; i < links.length; i++) {
			if (steps.get(i).link() != links[i]) {
				throw new IllegalArgumentException("The links of an effect chain are in the order input to impact");
			}
		}
	}

	/** The chain from the stored links; a link that has no stored text is not described. */
	static EffectChain of(long typeOfWorkId, long assignmentId, Map<ChainLink, Step> stored,
			List<GoalIndicators> goals) {
		var steps = new ArrayList<Step>();
		for (var link : ChainLink.values()) {
			steps.add(stored.getOrDefault(link, Step.notDescribed(link)));
		}
		return new EffectChain(typeOfWorkId, assignmentId, steps, goals);
	}

	public Step step(ChainLink link) {
		return steps.get(link.ordinal());
	}

	/** The version of the whole chain: it goes up with every change of one of its links. */
	public int version() {
		return steps.stream().mapToInt(Step::version).sum();
	}

	public Optional<GoalIndicators> goal(long goalId) {
		return goals.stream().filter(goal -> goal.goalId() == goalId).findFirst();
	}

	public Optional<Indicator> indicator(long indicatorId) {
		return goals.stream().flatMap(goal -> goal.indicators().stream())
				.filter(indicator -> indicator.id() == indicatorId).findFirst();
	}

	/**
	 * Gives one link a new text (an empty text: the assignment does not describe it).
	 *
	 * @param version the link's version the text was written against; null to skip the check
	 */
	public Decision describe(ChainLink link, @Nullable String text, @Nullable Integer version,
			EffectChainInputPolicy policy) {
		var step = step(link);
		if (version != null && version != step.version()) {
			return refused(CHANGED_MEANWHILE);
		}
		var refusals = policy.checkLinkText("text", text);
		if (!refusals.isEmpty()) {
			return new Decision.Refused(refusals);
		}
		var stored = EffectChainInputPolicy.linkText(text);
		return new Decision.Accepted(stored.equals(step.text()) ? List.of()
				: List.of(new ChainChange.LinkDescribed(link, stored)));
	}

	/**
	 * Rewrites several links at once, as the API's PUT does; a link given as null keeps its text.
	 *
	 * @param version the chain's {@link #version()} the texts were written against; null to skip the check
	 */
	public Decision rewrite(Map<ChainLink, @Nullable String> texts, @Nullable Integer version,
			EffectChainInputPolicy policy) {
		if (version != null && version != version()) {
			return refused(CHANGED_MEANWHILE);
		}
		var refusals = new ArrayList<Refusal>();
		var changes = new ArrayList<ChainChange>();
		for (var link : ChainLink.values()) {
			if (!texts.containsKey(link) || texts.get(link) == null) {
				continue;
			}
			var text = texts.get(link);
			refusals.addAll(policy.checkLinkText(link.slug(), text));
			var stored = EffectChainInputPolicy.linkText(text);
			if (!stored.equals(step(link).text())) {
				changes.add(new ChainChange.LinkDescribed(link, stored));
			}
		}
		return refusals.isEmpty() ? new Decision.Accepted(List.copyOf(changes))
				: new Decision.Refused(List.copyOf(refusals));
	}

	/**
	 * Adds an indicator to one of the chain's goals.
	 *
	 * @param normsOfAssignment the ids of the norms of the chain's assignment
	 */
	public Decision addIndicator(long goalId, IndicatorInput input, Set<Long> normsOfAssignment,
			EffectChainInputPolicy policy) {
		if (goal(goalId).isEmpty()) {
			return new Decision.Unknown();
		}
		return switch (policy.checkIndicator(input, normsOfAssignment)) {
			case EffectChainInputPolicy.IndicatorCheck.Accepted accepted ->
				new Decision.Accepted(List.of(new ChainChange.IndicatorAdded(goalId, accepted.draft())));
			case EffectChainInputPolicy.IndicatorCheck.Refused refused -> new Decision.Refused(refused.refusals());
		};
	}

	/** Changes an indicator's name, what it measures, unit, norm or target. */
	public Decision changeIndicator(long indicatorId, IndicatorInput input, @Nullable Integer version,
			Set<Long> normsOfAssignment, EffectChainInputPolicy policy) {
		var indicator = indicator(indicatorId);
		if (indicator.isEmpty()) {
			return new Decision.Unknown();
		}
		if (version != null && version != indicator.get().version()) {
			return refused("indicator.changedMeanwhile");
		}
		return switch (policy.checkIndicator(input, normsOfAssignment)) {
			case EffectChainInputPolicy.IndicatorCheck.Accepted accepted ->
				new Decision.Accepted(List.of(new ChainChange.IndicatorChanged(indicatorId, accepted.draft())));
			case EffectChainInputPolicy.IndicatorCheck.Refused refused -> new Decision.Refused(refused.refusals());
		};
	}

	/** Removes an indicator from its goal. */
	public Decision removeIndicator(long indicatorId, @Nullable Integer version) {
		var indicator = indicator(indicatorId);
		if (indicator.isEmpty()) {
			return new Decision.Unknown();
		}
		if (version != null && version != indicator.get().version()) {
			return refused("indicator.changedMeanwhile");
		}
		return new Decision.Accepted(List.of(new ChainChange.IndicatorRemoved(indicatorId)));
	}

	private static Decision refused(String code) {
		return new Decision.Refused(List.of(Refusal.ofWhole("steering.refusal." + code)));
	}
}
