package nl.jeugdregie.policy.internal;

import nl.jeugdregie.platform.result.Policy;

/** One reason a norm change can be refused: the refusal (built by {@link RefusalExplanations#refusal}), or empty. */
interface NormChangePolicy extends Policy<ProposedNormChange> {}
