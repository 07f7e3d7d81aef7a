/**
 * TOEW-7: the allocation facts iJw messaging judges providers' requests (JW315, JW317) against (ADR 0048).
 */
@NullMarked
package nl.jeugdregie.allocation.internal.requests;

import org.jspecify.annotations.NullMarked;
