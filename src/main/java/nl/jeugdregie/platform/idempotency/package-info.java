/**
 * Safe to repeat (issue 19): an API change sent again with the same {@code Idempotency-Key}, or a form submitted
 * twice (double click, reload, back button), has its effect once and gets the first answer again.
 */
@NullMarked
package nl.jeugdregie.platform.idempotency;

import org.jspecify.annotations.NullMarked;
