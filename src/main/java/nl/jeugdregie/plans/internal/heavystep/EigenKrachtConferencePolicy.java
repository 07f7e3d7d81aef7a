package nl.jeugdregie.plans.internal.heavystep;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepDocumentKind;
import nl.jeugdregie.plans.HeavyStepKind;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.plans.ProposedHeavyStep;
import nl.jeugdregie.platform.text.Labels;

/**
 * PLAN-6: the family group plan leads; support longer than the configured duration (Oss: 6 months) or an
 * out-of-home placement is not possible without an Eigen Kracht conference. A recorded family group plan counts
 * as well, since it is what the conference produces. It must be dated on or before the decision date. Whether
 * support is longer follows from its period (start and planned end) against the norm.
 */
final class EigenKrachtConferencePolicy implements HeavyStepPolicy {

	@Override
	public Optional<HeavyStepRefusal> check(ProposedHeavyStep step, List<HeavyStepDocument> documents,
			HeavyStepTerms terms) {
		var placement = step.kind() == HeavyStepKind.OUT_OF_HOME_PLACEMENT;
		// Judged by the support's own period, not by the kind chosen: a short step of any kind needs no conference.
		var longSupport = step.supportLongerThan(terms.supportRequiringConference());
		if (!placement && !longSupport) {
			return Optional.empty();
		}
		var held = documents.stream()
				.filter(d -> d.kind() == HeavyStepDocumentKind.EIGEN_KRACHT_CONFERENCE
						|| d.kind() == HeavyStepDocumentKind.FAMILY_GROUP_PLAN)
				.anyMatch(d -> !d.date().isAfter(step.decidedOn()));
		if (held) {
			return Optional.empty();
		}
		var what = placement ? Labels.text("text.plans.heavyStep.placement")
				: Labels.text("text.plans.heavyStep.longSupport", terms.supportRequiringConferenceMonths());
		return Optional.of(new HeavyStepRefusal(HeavyStepRefusal.Reason.EIGEN_KRACHT_CONFERENTIE_ONTBREEKT,
				Labels.text("text.plans.heavyStep.conferenceMissing", what)));
	}
}
