package nl.jeugdregie.policy.internal;

import java.util.Optional;
import nl.jeugdregie.policy.NormChangeRefusal;

/** One reason a norm change can be refused. */
interface NormChangePolicy {

	/** The refusal, or empty when this rule allows the change. */
	Optional<NormChangeRefusal> check(ProposedNormChange change);
}
