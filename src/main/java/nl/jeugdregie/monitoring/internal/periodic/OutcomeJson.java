package nl.jeugdregie.monitoring.internal.periodic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.monitoring.internal.outcomes.Distribution;
import nl.jeugdregie.monitoring.internal.outcomes.OutcomeIndicators;
import nl.jeugdregie.monitoring.internal.outcomes.Share;
import org.jspecify.annotations.Nullable;

/** The outcome indicators in the API (MON-3): hidden figures are null with {@code suppressed} true (SEC-2). */
record OutcomeJson(String municipality, String period, LocalDate from, LocalDate to, boolean running, boolean empty,
		ShareJson dropOut, SatisfactionJson satisfaction, ShareJson continuesWithoutHelp, NoNewStartJson noNewStart,
		ShareJson goalsRealised, ShareJson problemsReduced, List<PartJson> endReasons, List<PartJson> continuation) {

	record ShareJson(@Nullable Long numerator, @Nullable Long denominator, @Nullable Long percentage, boolean suppressed) {

		static ShareJson of(Share share) {
			return new ShareJson(share.publishedNumerator(), share.publishedDenominator(), share.percentage(), share.hidden());
		}
	}

	record SatisfactionJson(long scores, @Nullable BigDecimal mean, ShareJson satisfied, int satisfiedFrom) {}

	record NoNewStartJson(ShareJson share, int followUpMonths, LocalDate cohortFrom, LocalDate cohortTo) {}

	record PartJson(String name, @Nullable Long count, boolean suppressed) {

		static List<PartJson> of(Distribution distribution) {
			return distribution.parts().stream().map(p -> new PartJson(p.name(), p.publishedCount(), p.hidden())).toList();
		}
	}

	static OutcomeJson of(OutcomeIndicators i) {
		var s = i.satisfaction();
		return new OutcomeJson(i.municipality(), i.period().code(), i.period().from(), i.period().to(), i.running(),
				i.empty(), ShareJson.of(i.dropOut()),
				new SatisfactionJson(s.scores(), s.publishedMean(), ShareJson.of(s.satisfied()), s.satisfiedFrom()),
				ShareJson.of(i.continuesWithoutHelp()),
				new NoNewStartJson(ShareJson.of(i.noNewStart()), i.followUpMonths(), i.followUpCohortFrom(), i.followUpCohortTo()),
				ShareJson.of(i.goalsRealised()), ShareJson.of(i.problemsReduced()), PartJson.of(i.endReasons()),
				PartJson.of(i.continuation()));
	}
}
