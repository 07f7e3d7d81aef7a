package nl.jeugdregie.monitoring.internal.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.monitoring.internal.disclosure.Disclosure;
import nl.jeugdregie.monitoring.internal.disclosure.Tally;
import nl.jeugdregie.plans.ContinuationOutcome;

/**
 * The pure arithmetic of the CBS outcome indicators (MON-3), as defined in docs/indicators.md, on tallies (true
 * counts with their record keys) so every published figure goes through the disclosure control (SEC-2).
 */
final class OutcomeCalculations {

	/** One usefulness score, who gave it and its record key. */
	record Score(UsefulnessScored.Respondent respondent, int score, long key) {

		Tally tally() {
			return new Tally(1, key);
		}
	}

	private OutcomeCalculations() {}

	/** Ends per CBS category, every category shown, in the order of {@link EndReasonCategory}. */
	static Distribution endReasons(Map<EndReasonCategory, Tally> ends, Disclosure disclosure) {
		var counts = new LinkedHashMap<String, Tally>();
		for (var category : EndReasonCategory.values()) {
			counts.put(category.dutchName(), ends.getOrDefault(category, Tally.NONE));
		}
		return Distribution.of(counts, disclosure);
	}

	/** Drop-out: ends one-sided by client or CJG, of all ends with a known reason. */
	static Share dropOut(Map<EndReasonCategory, Tally> ends, Disclosure disclosure) {
		var known = ends.entrySet().stream().filter(e -> e.getKey().known()).map(Map.Entry::getValue)
				.reduce(Tally.NONE, Tally::plus);
		var dropOut = ends.entrySet().stream().filter(e -> e.getKey().dropOut()).map(Map.Entry::getValue)
				.reduce(Tally.NONE, Tally::plus);
		return Share.of(dropOut, known, disclosure);
	}

	/** Satisfaction: every score counts once; satisfied when the score is at least {@code satisfiedFrom}. */
	static Satisfaction satisfaction(List<Score> scores, int satisfiedFrom, Disclosure disclosure) {
		var sum = scores.stream().mapToLong(Score::score).sum();
		var all = scores.stream().map(Score::tally).reduce(Tally.NONE, Tally::plus);
		var satisfied = scores.stream().filter(s -> s.score() >= satisfiedFrom).map(Score::tally)
				.reduce(Tally.NONE, Tally::plus);
		var byRespondent = new LinkedHashMap<String, Tally>();
		byRespondent.put("Jeugdige", of(scores, UsefulnessScored.Respondent.YOUNG_PERSON));
		byRespondent.put("Ouder", of(scores, UsefulnessScored.Respondent.PARENT));
		return new Satisfaction(scores.size(), disclosure.count(all), Satisfaction.meanOf(sum, scores.size()),
				Share.of(satisfied, all, disclosure), Distribution.of(byRespondent, disclosure), satisfiedFrom);
	}

	private static Tally of(List<Score> scores, UsefulnessScored.Respondent respondent) {
		return scores.stream().filter(s -> s.respondent() == respondent).map(Score::tally)
				.reduce(Tally.NONE, Tally::plus);
	}

	/** The four CBS answer categories of "continues without help", every category shown. */
	static Distribution continuation(Map<ContinuationOutcome, Tally> outcomes, Disclosure disclosure) {
		var counts = new LinkedHashMap<String, Tally>();
		for (var outcome : ContinuationOutcome.values()) {
			counts.put(outcome.dutchName(), outcomes.getOrDefault(outcome, Tally.NONE));
		}
		return Distribution.of(counts, disclosure);
	}

	/** "Continues without help": the first answer category, of all trajectories with an answer. */
	static Share continuesWithoutHelp(Map<ContinuationOutcome, Tally> outcomes, Disclosure disclosure) {
		var total = outcomes.values().stream().reduce(Tally.NONE, Tally::plus);
		return Share.of(outcomes.getOrDefault(ContinuationOutcome.CONTINUES_WITHOUT_HELP, Tally.NONE), total,
				disclosure);
	}

	/** "No new start": ended trajectories without a new registration in their follow-up window. */
	static Share noNewStart(Tally cohort, Tally restarted, Disclosure disclosure) {
		return Share.of(cohort.minus(restarted), cohort, disclosure);
	}
}
