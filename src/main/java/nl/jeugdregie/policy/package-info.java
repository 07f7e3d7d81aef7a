/**
 * A municipality's norms (terms, maxima, percentages) as data with an effective date (BEY-2), read by the
 * domain through {@link nl.jeugdregie.policy.Norms}.
 */
@NullMarked
@ApplicationModule(displayName = "Policy configuration")
package nl.jeugdregie.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
