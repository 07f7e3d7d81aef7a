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
import nl.jeugdregie.platform.text.Labels;

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
					Labels.text("text.plans.heavyStep.analysisMissing", step.kind().dutchName().toLowerCase())));
		}
		if (latest.get().date().isBefore(step.decidedOn().minus(terms.analysisValidity()))) {
			return Optional.of(new HeavyStepRefusal(HeavyStepRefusal.Reason.VERKLARENDE_ANALYSE_VERLOPEN,
					Labels.text("text.plans.heavyStep.analysisExpired", DutchFormat.date(latest.get().date()),
							terms.analysisValidityMonths())));
		}
		return Optional.empty();
	}
}
