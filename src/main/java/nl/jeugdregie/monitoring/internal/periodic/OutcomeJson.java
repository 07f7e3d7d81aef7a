package nl.jeugdregie.monitoring.internal.periodic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.monitoring.internal.disclosure.Legend;
import nl.jeugdregie.monitoring.internal.disclosure.Mark;
import nl.jeugdregie.monitoring.internal.outcomes.Distribution;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicators;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import org.jspecify.annotations.Nullable;

/**
 * The outcome indicators in the API (MON-3), as published (SEC-2, ADR 0021): counts perturbed, a left-out
 * percentage or mean null with {@code suppressed} true and its mark.
 */
record OutcomeJson(String municipality, String period, LocalDate from, LocalDate to, boolean running, boolean empty,
		ShareJson dropOut, SatisfactionJson satisfaction, ShareJson continuesWithoutHelp, NoNewStartJson noNewStart,
		ShareJson goalsRealised, ShareJson problemsReduced, List<PartJson> endReasons, long endReasonsTotal,
		List<PartJson> continuation, long continuationTotal, List<String> legend) {

	record ShareJson(long numerator, long denominator, @Nullable Long percentage, boolean suppressed,
			@Nullable String mark) {

		static ShareJson of(Share share) {
			return new ShareJson(share.publishedNumerator(), share.publishedDenominator(), share.percentage(),
					share.hidden(), share.hidden() ? Mark.SMALL.symbol() : null);
		}
	}

	record SatisfactionJson(long scores, @Nullable BigDecimal mean, @Nullable String meanMark, ShareJson satisfied,
			int satisfiedFrom) {}

	record NoNewStartJson(ShareJson share, int followUpMonths, LocalDate cohortFrom, LocalDate cohortTo) {}

	record PartJson(String name, long count) {

		static List<PartJson> of(Distribution distribution) {
			return distribution.parts().stream().map(p -> new PartJson(p.name(), p.publishedCount())).toList();
		}
	}

	static OutcomeJson of(OutcomeIndicators i) {
		var s = i.satisfaction();
		return new OutcomeJson(i.municipality(), i.period().code(), i.period().from(), i.period().to(), i.running(),
				i.empty(), ShareJson.of(i.dropOut()),
				new SatisfactionJson(s.publishedScores(), s.publishedMean(),
						s.publishedMean() == null ? Mark.SMALL.symbol() : null, ShareJson.of(s.satisfied()), s.satisfiedFrom()),
				ShareJson.of(i.continuesWithoutHelp()),
				new NoNewStartJson(ShareJson.of(i.noNewStart()), i.followUpMonths(), i.followUpCohortFrom(), i.followUpCohortTo()),
				ShareJson.of(i.goalsRealised()), ShareJson.of(i.problemsReduced()), PartJson.of(i.endReasons()),
				i.endReasons().publishedTotal(), PartJson.of(i.continuation()), i.continuation().publishedTotal(),
				Legend.lines());
	}
}
