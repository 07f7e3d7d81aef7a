package nl.jeugdregie.plans.internal.heavystep;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepRefusal;
import nl.jeugdregie.plans.ProposedHeavyStep;

/** One named rule for heavy steps: empty when the step may go ahead, else why not. */
interface HeavyStepPolicy {

	Optional<HeavyStepRefusal> check(ProposedHeavyStep step, List<HeavyStepDocument> documents, HeavyStepTerms terms);
}
