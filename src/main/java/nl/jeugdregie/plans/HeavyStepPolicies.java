package nl.jeugdregie.plans;

import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * The heavy-step rules (PLAN-6, PLAN-7), for this module and for others such as allocation: an out-of-home
 * placement or an extension of support needs a valid explanatory analysis; a placement, or support longer than
 * the configured duration, needs an Eigen Kracht conference or a family group plan. Durations are the
 * municipality's norms in force on the decision date.
 */
public interface HeavyStepPolicies {

	/** Checks a step against the documents given. */
	HeavyStepCheck check(MunicipalityCode municipality, ProposedHeavyStep step, List<HeavyStepDocument> documents);

	/**
	 * Checks a step against the documents recorded for the household.
	 *
	 * @throws IllegalArgumentException when the household does not exist
	 */
	HeavyStepCheck check(HouseholdId household, ProposedHeavyStep step);
}
