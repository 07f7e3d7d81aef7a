/**
 * TOEW-2: the arrangement agreed in the triangle of young person or parents, access team and providers: products
 * with volume, period and the family plan's goal they serve, for a help request with an application (TOE-8).
 */
@NullMarked
package nl.jeugdregie.allocation.internal.arrangement;

import org.jspecify.annotations.NullMarked;
