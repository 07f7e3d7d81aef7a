package nl.jeugdregie.policy.internal;

import java.time.LocalDate;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.policy.NormKey;
import org.jspecify.annotations.Nullable;

/**
 * A norm change as the rules judge it: everything they need is in here, so each rule is a pure function.
 *
 * @param today the date from the application clock
 * @param valueExistsOnThatDate whether the municipality already has a value for this key and effective date
 * @param pairedAmount for an office-hours norm, the other end (closing for opening and the reverse) in force on
 *        the effective date; null for every other norm
 */
record ProposedNormChange(Role role, NormKey key, int amount, LocalDate effectiveFrom, LocalDate today,
		boolean valueExistsOnThatDate, @Nullable Integer pairedAmount) {

	ProposedNormChange(Role role, NormKey key, int amount, LocalDate effectiveFrom, LocalDate today,
			boolean valueExistsOnThatDate) {
		this(role, key, amount, effectiveFrom, today, valueExistsOnThatDate, null);
	}
}
