package nl.jeugdregie.allocation.internal.decision;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementLine;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-5: an allocation runs at most the municipality's maximum term (a norm; one year by default, Oldebroek): no
 * product of the arrangement ends later than its start plus the maximum, minus a day.
 */
final class DecisionWithinMaximumTerm implements Policy<DecisionWithinMaximumTerm.Terms> {

	record Terms(List<ArrangementLine> lines, Period maximum, int maximumMonths) {}

	@Override
	public Optional<Refusal> check(Terms terms) {
		return terms.lines().stream()
				.filter(line -> line.period().until().isAfter(line.period().from().plus(terms.maximum()).minusDays(1)))
				.findFirst()
				.map(line -> Refusal.of("lines", "allocation.decision.longerThanMaximum", line.position(), terms.maximumMonths()));
	}
}
