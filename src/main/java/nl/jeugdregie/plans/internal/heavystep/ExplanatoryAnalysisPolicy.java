package nl.jeugdregie.plans.internal.heavystep;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.plans.ProposedHeavyStep;
import nl.jeugdregie.platform.format.DutchFormat;

/**
 * PLAN-7: an out-of-home placement and any extension of support are not possible without an explanatory
 * analysis. It must be dated on or before the decision date and no longer ago than its validity (a norm, 12
 * months by default, ADR 0008): an analysis of 16-11-2025 still counts for a decision on 16-11-2026.
 */
final class ExplanatoryAnalysisPolicy implements HeavyStepPolicy {


	@Override
	public Optional<HeavyStepRefusal> check(ProposedHeavyStep step, List<HeavyStepDocument> documents,
			HeavyStepTerms terms) {
		if (step.kind() != HeavyStepKind.OUT_OF_HOME_PLACEMENT && step.kind() != HeavyStepKind.EXTENSION_OF_SUPPORT) {
			return Optional.empty();
		}
		var latest = documents.stream()
				.filter(d -> d.kind() == HeavyStepDocumentKind.EXPLANATORY_ANALYSIS)
				.filter(d -> !d.date().isAfter(step.decidedOn()))
				.max(Comparator.comparing(HeavyStepDocument::date));
		if (latest.isEmpty()) {
			return Optional.of(new HeavyStepRefusal(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_ONTBREEKT,
					"Voor een " + step.kind().dutchName().toLowerCase() + " is een verklarende analyse nodig. "
							+ "Er is geen verklarende analyse van voor of op de datum van het besluit."));
		}
		if (latest.get().date().isBefore(step.decidedOn().minus(terms.analysisValidity()))) {
			return Optional.of(new HeavyStepRefusal(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_VERLOPEN,
					"De laatste verklarende analyse is van " + DutchFormat.date(latest.get().date()) + ". Die is ouder dan "
							+ terms.analysisValidityMonths() + " maanden en telt niet meer. Maak eerst een nieuwe verklarende analyse."));
		}
		return Optional.empty();
	}
}
