package nl.jeugdregie.policy.internal;

import java.time.LocalDate;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.policy.NormKey;

/**
 * A norm change as the rules judge it: everything they need is in here, so each rule is a pure function.
 *
 * @param today the date from the application clock
 * @param valueExistsOnThatDate whether the municipality already has a value for this key and effective date
 */
record ProposedNormChange(Role role, NormKey key, int amount, LocalDate effectiveFrom, LocalDate today,
		boolean valueExistsOnThatDate) {}
