/** TOEW-6: waiting times per provider and product, reported by the provider or the municipality, and choosing a provider by wait. */
@NullMarked
package nl.jeugdregie.allocation.internal.waitingtime;

import org.jspecify.annotations.NullMarked;
