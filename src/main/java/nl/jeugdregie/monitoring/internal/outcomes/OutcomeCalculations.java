package nl.jeugdregie.monitoring.internal.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.plans.ContinuationOutcome;

/** The pure arithmetic of the CBS outcome indicators (MON-3), as defined in docs/indicators.md. */
final class OutcomeCalculations {

	/** One usefulness score and who gave it. */
	record Score(UsefulnessScored.Respondent respondent, int score) {}

	private OutcomeCalculations() {}

	/** Ends per CBS category, every category shown, in the order of {@link EndReasonCategory}. */
	static Distribution endReasons(Map<EndReasonCategory, Long> ends) {
		var counts = new LinkedHashMap<String, Long>();
		for (var category : EndReasonCategory.values()) {
			counts.put(category.dutchName(), ends.getOrDefault(category, 0L));
		}
		return Distribution.of(counts);
	}

	/** Drop-out: ends one-sided by client or CJG, of all ends with a known reason. */
	static Share dropOut(Map<EndReasonCategory, Long> ends) {
		var known = ends.entrySet().stream().filter(e -> e.getKey().known()).mapToLong(Map.Entry::getValue).sum();
		var dropOut = ends.entrySet().stream().filter(e -> e.getKey().dropOut()).mapToLong(Map.Entry::getValue).sum();
		return Share.of(dropOut, known);
	}

	/** Satisfaction: every score counts once; satisfied when the score is at least {@code satisfiedFrom}. */
	static Satisfaction satisfaction(List<Score> scores, int satisfiedFrom) {
		var sum = scores.stream().mapToLong(Score::score).sum();
		var satisfied = scores.stream().filter(s -> s.score() >= satisfiedFrom).count();
		var byRespondent = new LinkedHashMap<String, Long>();
		byRespondent.put("Jeugdige", scores.stream().filter(s -> s.respondent() == UsefulnessScored.Respondent.YOUNG_PERSON).count());
		byRespondent.put("Ouder", scores.stream().filter(s -> s.respondent() == UsefulnessScored.Respondent.PARENT).count());
		return new Satisfaction(scores.size(), Satisfaction.meanOf(sum, scores.size()), Share.of(satisfied, scores.size()),
				Distribution.of(byRespondent), satisfiedFrom);
	}

	/** The four CBS answer categories of "continues without help", every category shown. */
	static Distribution continuation(Map<ContinuationOutcome, Long> outcomes) {
		var counts = new LinkedHashMap<String, Long>();
		for (var outcome : ContinuationOutcome.values()) {
			counts.put(outcome.dutchName(), outcomes.getOrDefault(outcome, 0L));
		}
		return Distribution.of(counts);
	}

	/** "Continues without help": the first answer category, of all trajectories with an answer. */
	static Share continuesWithoutHelp(Map<ContinuationOutcome, Long> outcomes) {
		var total = outcomes.values().stream().mapToLong(Long::longValue).sum();
		return Share.of(outcomes.getOrDefault(ContinuationOutcome.CONTINUES_WITHOUT_HELP, 0L), total);
	}

	/** "No new start": ended trajectories without a new registration in their follow-up window. */
	static Share noNewStart(long cohort, long restarted) {
		return Share.of(cohort - restarted, cohort);
	}
}
