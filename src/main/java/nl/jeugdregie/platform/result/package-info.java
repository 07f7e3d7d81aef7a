/**
 * The one way a change or a lookup answers: {@link nl.jeugdregie.platform.result.Outcome} (done, refused, not
 * found, forbidden, stale version), a refusal being a list of {@link nl.jeugdregie.platform.result.Refusal}s.
 * {@link nl.jeugdregie.platform.result.OutcomeResponses} maps an outcome to problem+json or to errors next to
 * form fields, in one place.
 */
@NullMarked
package nl.jeugdregie.platform.result;

import org.jspecify.annotations.NullMarked;
