/** What the allocation module's features share: periods, euro amounts and who may read or keep what. */
@NullMarked
package nl.jeugdregie.allocation.internal;

import org.jspecify.annotations.NullMarked;
