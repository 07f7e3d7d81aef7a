/**
 * MON-5: aftercare (nazorg) after specialised youth care. Once an allocation's care has ended (its last day has passed,
 * or it was ended early) the team's case worker records whether the CJG, another party or nobody follows up, and from
 * which day. One decision per allocation, changed on its version; each effective change is checked under the
 * allocation's row lock, audited and published as {@link nl.jeugdregie.allocation.AftercareRecorded} for monitoring.
 */
@NullMarked
package nl.jeugdregie.allocation.internal.aftercare;

import org.jspecify.annotations.NullMarked;
